/**
 * A small, safe renderer for Forklift's PVC name templates (Go text/template
 * syntax) over exactly the variables Forklift passes, so the wizard can show
 * what names the PVCs of the selected VMs will get. It interprets the text
 * itself: no eval, no code from the template ever runs.
 *
 * Supported: text, `{{.Var}}` and `{{ .Var }}`, trim markers `{{-`/`-}}`,
 * `{{if .Var}}…{{else}}…{{end}}` on a variable's truthiness, and the
 * `lower`/`upper` pipes (`{{.VmName | lower}}`). Anything else is an error
 * that names the position, which is what Forklift would refuse too.
 */

/** The variables Forklift gives a PVC name template (upstream docs). */
export interface PvcTemplateVars {
  VmName: string;
  PlanName: string;
  DiskIndex: number;
  RootDiskIndex: number;
  Shared: boolean;
  WinDriveLetter: string;
  FileName: string;
}

export const PVC_TEMPLATE_VARIABLES: readonly (keyof PvcTemplateVars)[] = [
  'VmName',
  'PlanName',
  'DiskIndex',
  'RootDiskIndex',
  'Shared',
  'WinDriveLetter',
  'FileName',
];

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: keyof PvcTemplateVars; pipes: ('lower' | 'upper')[] }
  | { kind: 'if'; name: keyof PvcTemplateVars; then: Node[]; else: Node[] };

interface Action {
  body: string;
  offset: number;
  end: number;
  trimLeft: boolean;
  trimRight: boolean;
}

const isVariable = (name: string): name is keyof PvcTemplateVars => (PVC_TEMPLATE_VARIABLES as readonly string[]).includes(name);

const variableAt = (ref: string, offset: number): keyof PvcTemplateVars => {
  const match = /^\.([A-Za-z][A-Za-z0-9]*)$/.exec(ref);
  if (!match) throw new TemplateError(`expected a variable such as .VmName, found "${ref}"`, offset);
  if (!isVariable(match[1])) throw new TemplateError(`unknown variable .${match[1]}; known: ${PVC_TEMPLATE_VARIABLES.map((v) => `.${v}`).join(', ')}`, offset);
  return match[1];
};

/** Splits the text into literal pieces and `{{ }}` actions, applying trim markers. */
const tokenize = (template: string): (string | Action)[] => {
  const out: (string | Action)[] = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{{', at);
    if (open < 0) {
      out.push(template.slice(at));
      break;
    }
    const close = template.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError('unclosed action: "{{" without "}}"', open);
    out.push(template.slice(at, open));
    let inner = template.slice(open + 2, close);
    const trimLeft = /^-\s/.test(inner) || inner === '-';
    const trimRight = /\s-$/.test(inner);
    if (trimLeft) inner = inner.slice(1);
    if (trimRight) inner = inner.slice(0, -1);
    out.push({ body: inner.trim(), offset: open, end: close + 2, trimLeft, trimRight });
    at = close + 2;
  }
  // Trim markers eat the whitespace next to them.
  for (let i = 0; i < out.length; i++) {
    const token = out[i];
    if (typeof token === 'string') continue;
    if (token.trimLeft && typeof out[i - 1] === 'string') out[i - 1] = (out[i - 1] as string).replace(/\s+$/, '');
    if (token.trimRight && typeof out[i + 1] === 'string') out[i + 1] = (out[i + 1] as string).replace(/^\s+/, '');
  }
  return out.filter((t) => t !== '');
};

const parse = (template: string): Node[] => {
  const tokens = tokenize(template);
  let i = 0;
  const block = (inside: 'top' | 'if'): { nodes: Node[]; stop?: 'else' | 'end'; at: number } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const token = tokens[i++];
      if (typeof token === 'string') {
        nodes.push({ kind: 'text', text: token });
        continue;
      }
      const words = token.body.split(/\s+/).filter(Boolean);
      if (words.length === 0) throw new TemplateError('empty action "{{}}"', token.offset);
      if (words[0] === 'if') {
        if (words.length !== 2) throw new TemplateError('"if" takes one variable, e.g. {{if .Shared}}', token.offset);
        const name = variableAt(words[1], token.offset);
        const thenPart = block('if');
        let elsePart: Node[] = [];
        if (thenPart.stop === 'else') {
          const rest = block('if');
          if (rest.stop !== 'end') throw new TemplateError('"if" without "{{end}}"', token.offset);
          elsePart = rest.nodes;
        } else if (thenPart.stop !== 'end') throw new TemplateError('"if" without "{{end}}"', token.offset);
        nodes.push({ kind: 'if', name, then: thenPart.nodes, else: elsePart });
        continue;
      }
      if (words[0] === 'else' || words[0] === 'end') {
        if (inside !== 'if') throw new TemplateError(`"{{${words[0]}}}" without "{{if}}"`, token.offset);
        if (words.length !== 1) throw new TemplateError(`"${words[0]}" takes nothing after it`, token.offset);
        return { nodes, stop: words[0], at: token.offset };
      }
      const [ref, ...pipeParts] = token.body.split('|').map((s) => s.trim());
      const name = variableAt(ref, token.offset);
      const pipes = pipeParts.map((p) => {
        if (p !== 'lower' && p !== 'upper') throw new TemplateError(`unknown function "${p}"; known: lower, upper`, token.offset);
        return p;
      });
      nodes.push({ kind: 'var', name, pipes });
    }
    return { nodes, at: template.length };
  };
  return block('top').nodes;
};

const truthy = (value: unknown): boolean => value !== '' && value !== 0 && value !== false && value !== undefined && value !== null;

const evaluate = (nodes: readonly Node[], vars: PvcTemplateVars): string =>
  nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'if') return evaluate(truthy(vars[node.name]) ? node.then : node.else, vars);
      let value = String(vars[node.name]);
      for (const pipe of node.pipes) value = pipe === 'lower' ? value.toLowerCase() : value.toUpperCase();
      return value;
    })
    .join('');

/** Renders a template; throws TemplateError for a template Forklift would not accept. */
export const renderPvcTemplate = (template: string, vars: PvcTemplateVars): string => evaluate(parse(template), vars);

/** Checks a template's syntax without rendering it; returns the error or undefined. */
export const templateError = (template: string): TemplateError | undefined => {
  try {
    parse(template);
    return undefined;
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
};

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A PVC name must be a DNS-1123 label (Forklift rejects the plan otherwise). */
export const isValidPvcName = (name: string): boolean => name.length <= 63 && DNS1123_LABEL.test(name);

export interface PreviewDisk {
  index: number;
  shared?: boolean;
  fileName?: string;
}

export interface PreviewVm {
  name: string;
  disks: readonly PreviewDisk[];
  rootDiskIndex?: number;
}

export interface PreviewRow {
  vm: string;
  disk: number;
  name?: string;
  /** Why this disk's name is not acceptable. */
  problem?: 'invalid' | 'duplicate';
}

/**
 * What each disk of the given VMs would be called. Names must be valid and
 * unique (two disks with the same PVC name would collide in the namespace).
 */
export const previewPvcNames = (template: string, planName: string, vms: readonly PreviewVm[]): PreviewRow[] => {
  const nodes = parse(template);
  const rows: PreviewRow[] = [];
  const seen = new Map<string, PreviewRow>();
  for (const vm of vms) {
    for (const disk of vm.disks) {
      const name = evaluate(nodes, {
        VmName: vm.name,
        PlanName: planName,
        DiskIndex: disk.index,
        RootDiskIndex: vm.rootDiskIndex ?? 0,
        Shared: !!disk.shared,
        WinDriveLetter: '',
        FileName: disk.fileName ?? '',
      });
      const row: PreviewRow = { vm: vm.name, disk: disk.index, name };
      if (!isValidPvcName(name)) row.problem = 'invalid';
      else if (seen.has(name)) {
        row.problem = 'duplicate';
        seen.get(name)!.problem ??= 'duplicate';
      } else seen.set(name, row);
      rows.push(row);
    }
  }
  return rows;
};
