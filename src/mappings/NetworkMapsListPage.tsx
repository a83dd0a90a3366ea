import * as React from 'react';
import { MapsListPage } from './MapsListPage';

const NetworkMapsListPage: React.FC<{ namespace?: string }> = ({ namespace }) => <MapsListPage kind="network" namespace={namespace} />;

export default NetworkMapsListPage;
