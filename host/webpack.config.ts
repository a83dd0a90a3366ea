/**
 * The standalone host's build (-> host/dist). Its ModuleFederationPlugin only
 * shares modules: the singletons the OpenShift console provides to plugins,
 * eager so they sit in the share scope before the plugin asks, and
 * `@openshift-console/dynamic-plugin-sdk` pointing at the host's own
 * implementation (host/src/sdk) under the console's version, 4.22.0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack, { type Configuration } from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

const singleton = (pkg: string) => ({ singleton: true, eager: true, version: versionOf(pkg), requiredVersion: versionOf(pkg) });

/**
 * PatternFly's per-component stylesheets (`@patternfly/react-styles/css/**.css`, imported by each
 * react-core component), aliased away: `patternfly.css` already has every component's rules, so
 * these were a second copy (~0.7 MB). The console's plugin build does the same.
 */
const reactStylesDir = path.join(path.dirname(require.resolve('@patternfly/react-styles/package.json')), 'css');
const PER_COMPONENT_CSS: Record<string, false> = Object.fromEntries(
  (fs.readdirSync(reactStylesDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => [path.join(reactStylesDir, f), false]),
);

export const SHARED_MODULES = ['react', 'react-dom', 'react-router', 'react-i18next', 'react-redux', 'redux', 'redux-thunk', '@openshift/dynamic-plugin-sdk'];

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration => {
  const mode = argv.mode ?? 'production';
  return {
    mode,
    context: here,
    entry: { host: './src/main.tsx' },
    output: {
      path: path.resolve(here, 'dist'),
      publicPath: '/',
      filename: mode === 'production' ? '[name]-[contenthash].js' : '[name].js',
      chunkFilename: mode === 'production' ? '[name]-[contenthash].js' : '[name].js',
      assetModuleFilename: 'assets/[name]-[contenthash][ext]',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'], alias: PER_COMPONENT_CSS },
    module: {
      rules: [
        {
          test: /\.(jsx?|tsx?)$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          // No fixed loader: esbuild picks ts or tsx from the extension (generic arrows in .ts are not JSX).
          options: { target: 'es2021', jsx: 'automatic' },
        },
        // PatternFly's CSS (2 MB) as a stylesheet linked from the page, as the console serves it: the
        // browser fetches and parses it while the scripts download. Injected from JS (style-loader),
        // it was half the host bundle and parsed only after the bundle ran (bench/inventory).
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // PatternFly's fonts and images, bundled: nothing comes from a CDN.
        { test: /\.(woff2?|ttf|eot|otf|svg|png|jpe?g|gif)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new webpack.container.ModuleFederationPlugin({
        name: 'forkliftConsoleHost',
        shared: {
          ...Object.fromEntries(SHARED_MODULES.map((m) => [m, singleton(m)])),
          '@openshift-console/dynamic-plugin-sdk': {
            import: path.resolve(here, 'src/sdk/index.ts'),
            shareKey: '@openshift-console/dynamic-plugin-sdk',
            version: '4.22.0',
            requiredVersion: '4.22.0',
            singleton: true,
            eager: true,
          },
        },
      }),
      new MiniCssExtractPlugin({
        filename: mode === 'production' ? '[name]-[contenthash].css' : '[name].css',
        chunkFilename: mode === 'production' ? '[name]-[contenthash].css' : '[name].css',
      }),
      new HtmlWebpackPlugin({
        title: 'Forklift Console',
        templateContent: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Forklift Console</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`,
      }),
    ],
    devtool: mode === 'production' ? false : 'source-map',
    performance: { hints: false },
    stats: 'errors-warnings',
    infrastructureLogging: { level: 'warn' },
    // `root` is only used to keep the lint rule quiet about unused imports when paths change.
    resolveLoader: { modules: [path.join(root, 'node_modules')] },
  };
};
