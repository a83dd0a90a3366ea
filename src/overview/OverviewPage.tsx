import * as React from 'react';
import { NotBuiltYetPage } from '../components/NotBuiltYetPage';
import { useForkliftTranslation } from '../utils/i18n';

const OverviewPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  return (
    <NotBuiltYetPage
      title={t('Migration overview')}
      description={t('A summary of providers, plans and running migrations will be shown here.')}
    />
  );
};

export default OverviewPage;
