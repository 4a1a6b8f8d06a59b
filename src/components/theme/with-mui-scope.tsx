import type { ComponentType } from 'react';
import { MuiScope } from './mui-scope';

/** `Component` inside a MuiScope. */
export function withMuiScope<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function Scoped(props: P) {
    return (
      <MuiScope>
        <Component {...props} />
      </MuiScope>
    );
  }
  Scoped.displayName = `WithMuiScope(${Component.displayName ?? Component.name})`;
  return Scoped;
}
