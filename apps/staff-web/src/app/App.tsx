import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiProblem } from '../api/problem';
import { AuthProvider } from '../auth/auth';
import { RequireSignIn } from '../auth/RequireSignIn';
import { SignInPage } from '../auth/SignInPage';
import { EngagementPage } from '../engagements/EngagementPage';
import { EngagementsPage } from '../engagements/EngagementsPage';
import { EngagementFormPage } from '../engagements/form/EngagementForm';
import { StatusFormPage } from '../engagements/form/StatusForm';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A refusal (4xx) will not change by asking again; an outage (503) or a lost connection may.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiProblem && error.status < 500),
      },
    },
  });
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/engagements" replace />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route
          path="engagements"
          element={
            <RequireSignIn>
              <EngagementsPage />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/calendar"
          element={
            <RequireSignIn>
              <EngagementsPage view="calendar" />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/map"
          element={
            <RequireSignIn>
              <EngagementsPage view="map" />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/new"
          element={
            <RequireSignIn>
              <EngagementFormPage />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/:id/edit"
          element={
            <RequireSignIn>
              <EngagementFormPage />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/:id/:action"
          element={
            <RequireSignIn>
              <StatusFormPage />
            </RequireSignIn>
          }
        />
        <Route
          path="engagements/:id"
          element={
            <RequireSignIn>
              <EngagementPage />
            </RequireSignIn>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ queryClient = createQueryClient() }: { queryClient?: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}
