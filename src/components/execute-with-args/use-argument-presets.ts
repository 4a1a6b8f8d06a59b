import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { browserStore } from '@/lib/browser-store';
import type { JobRef } from '@/lib/refs';
import {
  presetsKey,
  recentKey,
  withPreset,
  withoutPreset,
  type ArgumentPreset,
  type RecentArguments,
} from './argument-presets';

/** Query keys of what the browser store holds per job (not API data: nothing else invalidates them). */
export const argumentKeys = {
  presets: (ref: JobRef) => ['argument-presets', ref.team, ref.job] as const,
  recent: (ref: JobRef) => ['recent-arguments', ref.team, ref.job] as const,
};

/** The arguments of the job's runs started from this browser, newest first. */
export const recentArgumentsQuery = (ref: JobRef) => ({
  queryKey: argumentKeys.recent(ref),
  queryFn: async () => (await browserStore.get<RecentArguments[]>(recentKey(ref))) ?? [],
});

/** A job's argument presets and its recent runs' arguments, with save, delete and import. */
export function useArgumentPresets(ref: JobRef) {
  const queryClient = useQueryClient();
  const presets = useQuery({
    queryKey: argumentKeys.presets(ref),
    queryFn: async () => (await browserStore.get<ArgumentPreset[]>(presetsKey(ref))) ?? [],
  });
  const recent = useQuery(recentArgumentsQuery(ref));
  const change = useMutation({
    mutationFn: (edit: (list: ArgumentPreset[] | undefined) => ArgumentPreset[]) =>
      browserStore.update(presetsKey(ref), edit),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: argumentKeys.presets(ref) }),
  });
  return {
    presets: presets.data ?? [],
    recent: recent.data ?? [],
    persistent: browserStore.isPersistent(),
    save: (preset: ArgumentPreset) => change.mutateAsync((list) => withPreset(list, preset)),
    remove: (name: string) => change.mutateAsync((list) => withoutPreset(list, name)),
    importAll: (imported: ArgumentPreset[]) =>
      change.mutateAsync((list) => imported.reduce((all, preset) => withPreset(all, preset), list ?? [])),
  };
}
