import * as React from 'react';
import { NotBuiltYetPage } from '../components/NotBuiltYetPage';
import { useForkliftTranslation } from '../utils/i18n';

const PlansListPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  return (
    <NotBuiltYetPage
      title={t('Migration plans')}
      description={t('Migration plans will be listed, created and started here. Until then, use kubectl mtv.')}
    />
  );
};

export default PlansListPage;
