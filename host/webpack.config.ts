/**
 * The standalone host's build (-> host/dist). Its ModuleFederationPlugin only
 * shares modules: the singletons the OpenShift console provides to plugins,
 * eager so they sit in the share scope before the plugin asks, and
 * `@openshift-console/dynamic-plugin-sdk` pointing at the host's own
 * implementation (host/src/sdk) under the console's version, 4.22.0.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack, { type Configuration } from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

const singleton = (pkg: string) => ({ singleton: true, eager: true, version: versionOf(pkg), requiredVersion: versionOf(pkg) });

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
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
    module: {
      rules: [
        {
          test: /\.(jsx?|tsx?)$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          // No fixed loader: esbuild picks ts or tsx from the extension (generic arrows in .ts are not JSX).
          options: { target: 'es2021', jsx: 'automatic' },
        },
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
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
