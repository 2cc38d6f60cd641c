import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

export function Loading({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <Center h={160} aria-busy="true">
      <Loader aria-label={label} />
    </Center>
  );
}

/** Loading and error states of a query in one place, so every page handles them. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} title="Không tải được dữ liệu" onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
