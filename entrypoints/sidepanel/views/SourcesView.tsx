// "Sources": every source the guide, the evidence cards and the glossary cite.
import type { JSX } from 'preact';
import { sources } from '@/data/sources';
import { SourcesList } from '@/components/SourcesList';

export function SourcesView(): JSX.Element {
  return <SourcesList sources={sources} />;
}
