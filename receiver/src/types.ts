import type { Scope } from './services/api-key.js';

export interface AuthContext {
  keyId: string;
  workspaceId: string;
  scopes: Scope[];
}

export interface AppEnv {
  Variables: {
    auth: AuthContext;
    requestId: string;
  };
}
