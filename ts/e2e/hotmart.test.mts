// The TypeScript client of hotmart.mts against a running mock server (`node --test`). `nox -s
// spec_reuse` starts the server (ts/mock_server.py) and passes its URL in HOTMART_MOCK_URL; the
// credentials are the mock's (hotmart_client/mock/_config.py), which that server alone accepts.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import createClient, { type Client } from "openapi-fetch";
import type { paths } from "hotmart-api";

import {
  type ApiError,
  connect,
  fetchToken,
  HotmartError,
  type SalesPage,
  salesPages,
  TOKEN_PATH,
} from "./hotmart.mjs";

const url = process.env["HOTMART_MOCK_URL"];
if (!url) throw new Error("HOTMART_MOCK_URL is not set: start a mock server (python ts/mock_server.py) first");
// The whole token endpoint, as the Python client's token_url and `hotmart mock` print it.
const tokenUrl = `${url}${TOKEN_PATH}`;
const credentials = {
  clientId: process.env["HOTMART_CLIENT_ID"] ?? "mock-client-id",
  clientSecret: process.env["HOTMART_CLIENT_SECRET"] ?? "mock-client-secret",
};
const wrongSecret = { ...credentials, clientSecret: "not-the-secret" };
const PAGE_SIZE = 25;

// Compile-time check: `Same<A, B>` is `true` only when each type is assignable to the other
// (openapi-fetch flattens the generated intersections, so the types are equal in shape, not name).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("token endpoint", { timeout: 10_000 }, () => {
  test("client credentials give a bearer token", async () => {
    const { token, expiresIn } = await fetchToken(tokenUrl, credentials);
    assert.match(token, /^\S+$/);
    assert.ok(expiresIn > 0, `expires_in ${expiresIn}`);
  });

  test("a wrong secret is a typed 401 invalid_client, and the secret stays out of the error", async () => {
    const refused = await fetchToken(tokenUrl, wrongSecret).then(
      () => assert.fail("the token endpoint accepted a wrong secret"),
      (error: unknown) => error,
    );
    assert.ok(refused instanceof HotmartError);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.error, "invalid_client");
    assert.ok(!refused.message.includes(wrongSecret.clientSecret), refused.message);
  });

  test("tokenUrl is the whole endpoint: the host alone is refused before any request", async () => {
    for (const partial of [url, `${url}/security/oauth`, `${tokenUrl}?grant_type=client_credentials`]) {
      await assert.rejects(fetchToken(partial, credentials), (error: unknown) => {
        assert.ok(error instanceof TypeError);
        assert.match(error.message, /tokenUrl must be the token endpoint itself, ending in \/security\/oauth\/token/);
        return true;
      });
    }
  });
});

describe("sales history", { timeout: 30_000 }, () => {
  const client = connect({ apiUrl: url, tokenUrl, ...credentials });

  test("reads one page", async () => {
    const { data, error, response } = await client.GET("/payments/api/v1/sales/history", {
      params: { query: { max_results: PAGE_SIZE } },
    });
    assert.equal(response.status, 200, JSON.stringify(error));
    true satisfies Same<typeof data, SalesPage | undefined>;
    assert.ok(data);
    assert.equal(data.items.length, PAGE_SIZE);
    for (const sale of data.items) {
      assert.equal(typeof sale.purchase?.transaction, "string");
      assert.equal(typeof sale.purchase?.price?.value, "number");
      assert.equal(typeof sale.product?.id, "number");
    }
    assert.ok((data.page_info?.total_results ?? 0) > PAGE_SIZE, "one page must not hold the whole list");
    assert.equal(typeof data.page_info?.next_page_token, "string");
  });

  test("paginates to the end following page_info.next_page_token", async () => {
    const transactions: string[] = [];
    let pages = 0;
    let total: number | undefined;
    let last: SalesPage | undefined;
    for await (const page of salesPages(client, { max_results: PAGE_SIZE })) {
      pages += 1;
      total ??= page.page_info?.total_results;
      transactions.push(...page.items.map((sale) => sale.purchase?.transaction ?? ""));
      last = page;
    }
    assert.ok(total !== undefined && total > PAGE_SIZE, `total_results ${total}`);
    assert.equal(transactions.length, total, "every sale once");
    assert.equal(new Set(transactions).size, total, "no sale twice");
    assert.equal(pages, Math.ceil(total / PAGE_SIZE));
    assert.ok(!last?.page_info?.next_page_token, "the last page has no next token");
  });

  test("filters with typed query parameters on every page", async () => {
    let seen = 0;
    for await (const page of salesPages(client, { max_results: PAGE_SIZE, transaction_status: "APPROVED" })) {
      for (const sale of page.items) assert.equal(sale.purchase?.status, "APPROVED");
      seen += page.items.length;
    }
    assert.ok(seen > 0, "the mock has approved sales");
  });
});

describe("typed errors", { timeout: 10_000 }, () => {
  test("an invalid bearer token is a 401 whose body is the spec's Error", async () => {
    const stranger = createClient<paths>({ baseUrl: url, headers: { Authorization: "Bearer not-a-token" } });
    const { data, error, response } = await stranger.GET("/payments/api/v1/sales/history", {});
    true satisfies Same<typeof error, ApiError | undefined>;
    assert.equal(data, undefined);
    assert.equal(response.status, 401);
    assert.equal(error?.error, "invalid_token");
    assert.equal(typeof error?.error_description, "string");
  });

  test("an unknown product is a 404 whose body is the spec's Error", async () => {
    const client = connect({ apiUrl: url, tokenUrl, ...credentials });
    const { error, response } = await client.GET("/products/api/v1/coupon/product/{product_id}", {
      params: { path: { product_id: 999_999_999 } },
    });
    true satisfies Same<typeof error, ApiError | undefined>;
    assert.equal(response.status, 404);
    assert.equal(error?.error, "not_found");
  });

  test("a client with a wrong secret fails its first call with the token endpoint's typed error", async () => {
    const client = connect({ apiUrl: url, tokenUrl, ...wrongSecret });
    const pages = salesPages(client);
    await assert.rejects(pages.next(), (error: unknown) => {
      assert.ok(error instanceof HotmartError);
      assert.equal(error.status, 401);
      assert.equal(error.body.error, "invalid_client");
      return true;
    });
  });
});

// Never run: each call must fail to compile, or tsc reports the unused @ts-expect-error.
export async function refusedByTheSpec(client: Client<paths>): Promise<void> {
  // @ts-expect-error: no such path
  await client.GET("/payments/api/v1/sale/history", {});
  // @ts-expect-error: max_results is a number
  await client.GET("/payments/api/v1/sales/history", { params: { query: { max_results: "50" } } });
  // @ts-expect-error: not a status the spec lists
  await client.GET("/payments/api/v1/sales/history", { params: { query: { transaction_status: "SOLD" } } });
  // @ts-expect-error: the product_id path parameter is required
  await client.GET("/products/api/v1/coupon/product/{product_id}", {});
  // @ts-expect-error: the sales history is read, not written
  await client.POST("/payments/api/v1/sales/history", {});
}
