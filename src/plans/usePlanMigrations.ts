import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ALL_NAMESPACES, MigrationModel, gvkOf } from '../k8s/models';
import type { V1beta1Migration, V1beta1Plan } from '../k8s/types';
import { latestMigration } from './actions/migrationBuilders';

/** Watches the Migrations of a namespace (or all) and finds each plan's latest one. */
export const usePlanMigrations = (namespace: string | undefined) => {
  const all = !namespace || namespace === ALL_NAMESPACES;
  const [migrations, loaded, error] = useK8sWatchResource<V1beta1Migration[]>({
    groupVersionKind: gvkOf(MigrationModel),
    namespace: all ? undefined : namespace,
    isList: true,
  });
  const latestOf = React.useCallback((plan: V1beta1Plan) => latestMigration(plan, migrations ?? []), [migrations]);
  return { migrations: migrations ?? [], loaded, error, latestOf };
};
