import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { Text } from '@/components/ui/text';
import { NotFoundPage } from './not-found-page';

/** A page's code failed to download: usually a new version was deployed, or the network dropped. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(
      error.message,
    )
  );
}

/**
 * Error boundary of every route: the app bar stays, the failure is explained, and Retry renders the
 * page again (reloading the page's code when that is what failed). Never a white screen.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  useDocumentTitle('Error');

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const chunkFailed = isChunkLoadError(error);
  const handleRetry = () => {
    if (chunkFailed) {
      window.location.reload();
      return;
    }
    reset();
    void navigate(location, { replace: true });
  };

  return (
    <div>
      <Text variant="h4" as="h1" gutterBottom>
        This page could not be shown
      </Text>
      <ApiErrorAlert
        error={
          chunkFailed
            ? new Error(
                'The page’s code could not be loaded. A new version may have been deployed, or the network failed.',
              )
            : isRouteErrorResponse(error)
              ? new Error(`${error.status} ${error.statusText}`)
              : error
        }
        title={chunkFailed ? 'Could not load this page' : 'Something went wrong'}
        onRetry={handleRetry}
      />
    </div>
  );
}
