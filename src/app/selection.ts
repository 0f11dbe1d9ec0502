/** What the inspector shows: an environment (lane) or one invocation (event). Ids come from src/sim. */
export type Selection = { kind: 'environment'; id: number } | { kind: 'invocation'; id: number };
