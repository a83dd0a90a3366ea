import * as React from 'react';
import { NotBuiltYetPage } from '../components/NotBuiltYetPage';
import { useForkliftTranslation } from '../utils/i18n';

const InventoryPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  return (
    <NotBuiltYetPage
      title={t('Inventory')}
      description={t('Browse and query the source inventory with TSL here.')}
    />
  );
};

export default InventoryPage;
