import * as React from 'react';
import { NotBuiltYetPage } from '../components/NotBuiltYetPage';
import { useForkliftTranslation } from '../utils/i18n';

const NetworkMapsListPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  return (
    <NotBuiltYetPage
      title={t('Network maps')}
      description={t('Network maps between source networks and target networks will be managed here.')}
    />
  );
};

export default NetworkMapsListPage;
