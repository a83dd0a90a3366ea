import { useForkliftTranslation } from '../../utils/i18n';
import type { Blocker } from './availability';

/** Why an action is unavailable, in words. */
export const useBlockerText = (): ((b: Blocker | undefined) => string | undefined) => {
  const { t } = useForkliftTranslation();
  const texts: Record<Blocker, string> = {
    archived: t('The plan is archived.'),
    notReady: t('The plan is not ready; see its conditions.'),
    running: t('The plan is running.'),
    started: t('The plan has already run; use Restart.'),
    notRunning: t('The plan is not running.'),
    notWarm: t('Only warm migrations have a cutover.'),
    noSchedule: t('No cutover is scheduled.'),
    nothingToCancel: t('Every VM has finished.'),
    notFinished: t('Only a failed or canceled plan can be restarted.'),
    notArchived: t('The plan is not archived.'),
  };
  return (b) => (b ? texts[b] : undefined);
};
