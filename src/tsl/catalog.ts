// The vocabulary of the language with one-line docs, for completion and hover help.

export interface CatalogEntry {
  /** As the user types it (keywords are case-insensitive). */
  name: string;
  /** One line of help. */
  doc: string;
  /** Short usage example. */
  example?: string;
}

export const KEYWORDS: readonly CatalogEntry[] = [
  { name: 'SELECT', doc: 'Columns to return: field paths or expressions, each optionally `AS alias`, or `*`.', example: 'SELECT name, memoryMB/1024 AS memoryGB' },
  { name: 'WHERE', doc: 'Keep only rows for which the condition is exactly true. A query without a clause keyword is a WHERE.', example: "WHERE powerState = 'poweredOn'" },
  { name: 'GROUP BY', doc: 'Group rows by one or more expressions; SELECT then uses aggregates such as count(*).', example: 'SELECT cluster, count(*) GROUP BY cluster' },
  { name: 'HAVING', doc: 'Keep only groups for which the condition is true (may use aggregates and aliases).', example: 'HAVING count(*) > 10' },
  { name: 'ORDER BY', doc: 'Sort by expressions or aliases, ASC (default) or DESC; nulls always sort last.', example: 'ORDER BY memoryMB DESC, name' },
  { name: 'SORT BY', doc: 'Same as ORDER BY.' },
  { name: 'LIMIT', doc: 'Return at most this many rows.', example: 'LIMIT 20' },
  { name: 'OFFSET', doc: 'Skip this many rows first (after ordering).', example: 'LIMIT 20 OFFSET 40' },
  { name: 'AS', doc: 'Names a SELECT column; WHERE, HAVING and ORDER BY may use the name.' },
  { name: 'ASC', doc: 'Ascending order (the default).' },
  { name: 'DESC', doc: 'Descending order.' },
  { name: 'and', doc: 'True when both sides are true.' },
  { name: 'or', doc: 'True when either side is true.' },
  { name: 'not', doc: 'Negates a boolean. Binds tighter than comparisons: `not a = 1` is `(not a) = 1`; write `not (a = 1)`.' },
  { name: 'like', doc: 'Whole-string pattern match, case-sensitive: % matches any run of characters, _ exactly one.', example: "name like 'web-%'" },
  { name: 'ilike', doc: 'Like `like`, ignoring case.', example: "name ilike '%DB%'" },
  { name: 'between', doc: 'Inclusive range test: `x between a and b` is `x >= a and x <= b`.', example: 'cpuCount between 2 and 8' },
  { name: 'in', doc: 'Membership in a list.', example: "powerState in ['poweredOn', 'suspended']" },
  { name: 'is', doc: '`is null` / `is not null`: tests for a missing field.', example: 'host is not null' },
  { name: 'null', doc: 'The missing value.' },
  { name: 'true', doc: 'Boolean true.' },
  { name: 'false', doc: 'Boolean false.' },
];

export const OPERATORS: readonly CatalogEntry[] = [
  { name: '=', doc: 'Equal (also `==`). False when either side is missing.' },
  { name: '!=', doc: 'Not equal (also `<>`). True when either side is missing.' },
  { name: '<', doc: 'Less than: numbers, strings, or dates (quoted YYYY-MM-DD / RFC3339).' },
  { name: '<=', doc: 'Less than or equal.' },
  { name: '>', doc: 'Greater than.' },
  { name: '>=', doc: 'Greater than or equal.' },
  { name: '~=', doc: 'Regular expression match (RE2 syntax, unanchored, `(?i)` for case-insensitive).', example: "name ~= '^prod-'" },
  { name: '~!', doc: 'Regular expression does not match. True when the field is missing.' },
  { name: 'like', doc: 'Whole-string pattern: % any run, _ one character.' },
  { name: 'ilike', doc: 'Case-insensitive like.' },
  { name: 'not like', doc: 'Negated like.' },
  { name: 'not ilike', doc: 'Negated ilike.' },
  { name: 'in', doc: 'Is one of a list: `x in [a, b]`.' },
  { name: 'not in', doc: 'Is none of a list.' },
  { name: 'between', doc: 'Inclusive range: `x between a and b`.' },
  { name: 'not between', doc: 'Outside an inclusive range.' },
  { name: 'is null', doc: 'The field is missing.' },
  { name: 'is not null', doc: 'The field is present.' },
  { name: '+', doc: 'Addition.' },
  { name: '-', doc: 'Subtraction, or unary minus.' },
  { name: '*', doc: 'Multiplication.' },
  { name: '/', doc: 'Division (null when dividing by zero). Put spaces around it between two field names: `a / b`.' },
  { name: '%', doc: 'Remainder.' },
  { name: 'and', doc: 'Logical and.' },
  { name: 'or', doc: 'Logical or.' },
];

export const FUNCTIONS: readonly CatalogEntry[] = [
  { name: 'len', doc: 'Number of elements of a list (null when the list is missing). A path through a list collects from every element: len(disks.capacity).', example: 'len(disks) > 1' },
  { name: 'any', doc: 'True when any element of a list is true; elements that are not booleans are skipped. any(disks.capacity > 100Gi) tests every disk.', example: 'any(disks[*].capacity > 100Gi)' },
  { name: 'all', doc: 'True when every element of a list is true; false for an empty list or an element that is not a boolean (as in kubectl mtv).', example: 'all(nics[*].network.name = "prod")' },
  {
    name: 'sum',
    doc: 'Sum of a list in each row: sum(disks.capacity). An aggregate over the rows with GROUP BY, HAVING or count/avg/min/max, or when a query selects only sums of a field that is not a list (SELECT sum(memoryMB)).',
    example: 'sum(disks[*].capacity) > 1Ti',
  },
  { name: 'count', doc: 'Aggregate: count(*) counts rows in the group; count(x) counts rows where x is not null.', example: 'SELECT cluster, count(*) GROUP BY cluster' },
  { name: 'avg', doc: 'Aggregate: average of the non-null numeric values in the group.', example: 'SELECT avg(memoryMB) GROUP BY cluster' },
  { name: 'min', doc: 'Aggregate: smallest non-null value in the group.', example: 'SELECT min(cpuCount)' },
  { name: 'max', doc: 'Aggregate: largest non-null value in the group.', example: 'SELECT max(memoryMB) GROUP BY host' },
];
