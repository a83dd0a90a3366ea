/**
 * Extension properties carry translatable strings as `%<namespace>~<key>%`
 * (e.g. `%plugin__forklift-console-plugin~Migration%`); the console translates
 * them with the plugin's namespace. Anything else is shown as written.
 */
export const translateExtensionString = (value: string, t: (key: string) => string): string => {
  const m = /^%(.+)%$/.exec(value);
  return m ? t(m[1]) : value;
};
