import * as React from 'react';
import { NotBuiltYetPage } from '../components/NotBuiltYetPage';
import { useForkliftTranslation } from '../utils/i18n';

const StorageMapsListPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  return (
    <NotBuiltYetPage
      title={t('Storage maps')}
      description={t('Storage maps between source storage and target storage classes will be managed here.')}
    />
  );
};

export default StorageMapsListPage;
