export interface StaticServer {
  /** e.g. "http://127.0.0.1:43117/" (with the trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(root: string, options?: { port?: number; host?: string }): Promise<StaticServer>;
