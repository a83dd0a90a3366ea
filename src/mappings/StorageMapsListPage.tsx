import * as React from 'react';
import { MapsListPage } from './MapsListPage';

const StorageMapsListPage: React.FC<{ namespace?: string }> = ({ namespace }) => <MapsListPage kind="storage" namespace={namespace} />;

export default StorageMapsListPage;
