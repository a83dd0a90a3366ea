/**
 * The production build of the plugin: what the OpenShift console loads and
 * what the standalone host and the e2e tests load too. `ConsoleRemotePlugin`
 * turns console-extensions.json + package.json#consolePlugin into
 * dist/plugin-manifest.json and dist/plugin-entry.js, shares the console's
 * singletons and forces the public path to /api/plugins/<name>/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import MonacoWebpackPlugin from 'monaco-editor-webpack-plugin';
import type { Configuration } from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration => {
  const mode = argv.mode ?? 'production';
  return {
    mode,
    context: here,
    entry: {},
    output: {
      path: path.resolve(here, 'dist'),
      filename: mode === 'production' ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
      chunkFilename: mode === 'production' ? '[name]-chunk-[contenthash].min.js' : '[name]-chunk.js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.jsx'],
      // Worktrees share node_modules through a symlink; keep module paths under it so the
      // console SDK's PatternFly CSS handling (globbed from <cwd>/node_modules) matches them.
      symlinks: false,
    },
    module: {
      rules: [
        {
          test: /\.(jsx?|tsx?)$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { loader: 'tsx', target: 'es2021', jsx: 'automatic' },
        },
        {
          // Monaco ships its own CSS; the console does not provide it, so the
          // chunk that loads the editor injects it.
          test: /\.css$/,
          // A pattern, not a path: a symlinked node_modules (worktrees) resolves Monaco's own imports to the real path.
          include: [/node_modules[\\/]monaco-editor[\\/]/],
          use: ['style-loader', 'css-loader'],
        },
        {
          test: /\.ttf$/,
          include: [/node_modules[\\/]monaco-editor[\\/]/],
          type: 'asset/resource',
        },
      ],
    },
    plugins: [
      new ConsoleRemotePlugin(),
      new CopyWebpackPlugin({
        patterns: [{ from: path.resolve(here, 'locales'), to: 'locales' }],
      }),
      // Monaco's workers are built into dist/ (no CDN). The TSL language
      // needs only the core editor worker.
      new MonacoWebpackPlugin({ languages: [], features: ['!gotoSymbol'], filename: '[name].worker.[contenthash].js' }),
    ],
    devtool: mode === 'production' ? false : 'source-map',
    optimization: {
      chunkIds: mode === 'production' ? 'deterministic' : 'named',
      minimize: mode === 'production',
    },
    performance: { hints: false },
  };
};
