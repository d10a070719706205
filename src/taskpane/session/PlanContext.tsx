/**
 * Hands the pane's services to the views: the plan session, and in browser mode the file
 * service. Views read state with `usePlanState` and act through `usePlanSession`.
 */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { BrowserFiles } from "../browser/BrowserFiles";
import type { PlanSession, SessionState } from "./PlanSession";

/** The services of one pane. */
export interface PaneServices {
  readonly session: PlanSession;
  /** Present in browser mode only. */
  readonly files?: BrowserFiles;
}

const ServicesContext = createContext<PaneServices | undefined>(undefined);

/** Provides the services to everything below it. */
export function PlanProvider({ services, children }: { readonly services: PaneServices; readonly children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The pane's services; throws when rendered outside `PlanProvider` (a wiring mistake). */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("usePlanSession needs a PlanProvider above it");
  return services;
}

/** The plan session. */
export function usePlanSession(): PlanSession {
  return useServices().session;
}

/** The session's state, re-rendering on every change. */
export function usePlanState(): SessionState {
  const session = usePlanSession();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
