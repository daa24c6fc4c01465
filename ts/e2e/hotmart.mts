// A small Hotmart client in TypeScript, built only from spec/hotmart.yaml: openapi-typescript turns
// the spec into types (build/ts/hotmart.d.ts) and openapi-fetch makes typed requests with them.
// `nox -s spec_reuse` compiles it and runs hotmart.test.mts against the project's mock server.

import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "hotmart-api";

export type ApiError = components["schemas"]["Error"];
export type SalesPage = components["schemas"]["SalesHistoryPage"];
export type SalesQuery = NonNullable<paths["/payments/api/v1/sales/history"]["get"]["parameters"]["query"]>;

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

export interface Options extends Credentials {
  /** API root; production is https://developers.hotmart.com. */
  apiUrl: string;
  /**
   * The token endpoint itself, as the Python client's `token_url` and `hotmart mock` give it;
   * production (and sandbox) is https://api-sec-vlc.hotmart.com/security/oauth/token.
   */
  tokenUrl: string;
}

/** The token endpoint's path, as the spec names it. */
export const TOKEN_PATH = "/security/oauth/token";

/** The host part of a token endpoint URL: the spec's typed client adds TOKEN_PATH to it. */
function tokenHost(tokenUrl: string): string {
  const url = new URL(tokenUrl);
  if (!url.pathname.endsWith(TOKEN_PATH) || url.search !== "" || url.hash !== "") {
    throw new TypeError(`tokenUrl must be the token endpoint itself, ending in ${TOKEN_PATH}: ${tokenUrl}`);
  }
  url.pathname = url.pathname.slice(0, -TOKEN_PATH.length);
  return url.href.replace(/\/$/, "");
}

/** A non-2xx answer: its status and its body, typed by the spec's `Error` schema. */
export class HotmartError extends Error {
  readonly status: number;
  readonly body: ApiError;

  constructor(status: number, body: unknown) {
    // openapi-fetch hands over the parsed JSON, or the raw text when the body is not JSON (a
    // proxy's HTML page), or undefined when it is empty: every shape becomes an `Error` body.
    const typed: ApiError =
      typeof body === "object" && body !== null && !Array.isArray(body)
        ? (body as ApiError)
        : { error_description: typeof body === "string" ? body : "" };
    const code = typed.error ?? typed.code ?? "error";
    super(`Hotmart answered HTTP ${status} ${code}: ${typed.error_description ?? typed.message ?? ""}`);
    this.name = "HotmartError";
    this.status = status;
    this.body = typed;
  }
}

/** A bearer token for the client-credentials grant, with its lifetime in seconds. `tokenUrl` is
 * the whole endpoint (`https://api-sec-vlc.hotmart.com/security/oauth/token`). */
export async function fetchToken(
  tokenUrl: string,
  { clientId, clientSecret }: Credentials,
): Promise<{ token: string; expiresIn: number }> {
  const auth = createClient<paths>({ baseUrl: tokenHost(tokenUrl) });
  // Hotmart wants the credentials twice: in the query and as the Basic header.
  const { data, error, response } = await auth.POST(TOKEN_PATH, {
    params: { query: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret } },
    headers: { Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}` },
  });
  if (!response.ok || data === undefined) throw new HotmartError(response.status, error);
  return { token: data.access_token, expiresIn: data.expires_in };
}

/** A typed API client that fetches a token on its first request and again shortly before it expires. */
export function connect(options: Options): Client<paths> {
  let current: Promise<{ token: string; expiresAt: number }> | undefined;
  const token = async (): Promise<string> => {
    // A refused token request is not kept: the next API call asks again.
    let entry = await current?.catch(() => undefined);
    if (entry === undefined || Date.now() >= entry.expiresAt) {
      current = fetchToken(options.tokenUrl, options).then(({ token, expiresIn }) => ({
        token,
        expiresAt: Date.now() + Math.max(0, expiresIn - 60) * 1000,
      }));
      entry = await current;
    }
    return entry.token;
  };
  const client = createClient<paths>({ baseUrl: options.apiUrl });
  client.use({
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await token()}`);
      return request;
    },
  });
  return client;
}

/** Every page of the sales history for a query, following `page_info.next_page_token` to the end. */
export async function* salesPages(
  client: Client<paths>,
  query: Omit<SalesQuery, "page_token"> = {},
): AsyncGenerator<SalesPage> {
  let pageToken: string | undefined;
  do {
    const { data, error, response } = await client.GET("/payments/api/v1/sales/history", {
      params: { query: pageToken === undefined ? query : { ...query, page_token: pageToken } },
    });
    if (!response.ok || data === undefined) throw new HotmartError(response.status, error);
    yield data;
    // The last page has no token (or null). An empty one ends the list too: sent back, it would
    // read as no token at all, and the list would start over.
    pageToken = data.page_info?.next_page_token || undefined;
  } while (pageToken !== undefined);
}
