import { Alert, Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem';

/** Why engagements could not be loaded, with a way to ask again. */
export function LoadProblem({ error, retry }: { error: unknown; retry(): void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" headingLevel="h3" heading={t('somethingWrong')} slim>
      {problemMessage(error)}{' '}
      <Button type="button" unstyled onClick={retry}>
        {t('tryAgain')}
      </Button>
    </Alert>
  );
}
