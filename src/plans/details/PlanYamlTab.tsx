import * as React from 'react';
import { ResourceYamlTab } from '../../components/yaml/ResourceYamlTab';
import { PlanModel } from '../../k8s/models';
import type { PlanTabProps } from './tabProps';

/** The plan as YAML, editable (read-only without update rights); see ResourceYamlTab. */
export const PlanYamlTab: React.FC<PlanTabProps> = ({ obj }) => <ResourceYamlTab obj={obj} model={PlanModel} />;
