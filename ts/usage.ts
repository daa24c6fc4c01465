// A small TypeScript client written against types generated from spec/hotmart.yaml with
// openapi-typescript (`nox -s spec_reuse` generates them into build/ts/ and compiles this file with
// tsc --strict). It shows the spec is enough for another language: typed token request, typed
// query parameters per path, typed pages, pagination and webhook payloads. The `@ts-expect-error`
// lines prove the types are precise: each would compile if the generated type were too loose.

import type { components, operations, paths } from "hotmart-api";

type Schemas = components["schemas"];
type Json<Response> = Response extends { content: { "application/json": infer Body } } ? Body : never;

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type GetOperation<P extends GetPath> = paths[P] extends { get: infer Operation } ? Operation : never;
type Query<P extends GetPath> = GetOperation<P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type PathParams<P extends GetPath> = GetOperation<P> extends { parameters: { path: infer A } } ? A : never;
type Ok<P extends GetPath> = GetOperation<P> extends { responses: { 200: infer R } } ? Json<R> : never;

type TokenQuery = operations["createAccessToken"]["parameters"]["query"];
type Token = Json<operations["createAccessToken"]["responses"][200]>;

const TOKEN_URL = "https://api-sec-vlc.hotmart.com/security/oauth/token";
const API_URL = "https://developers.hotmart.com";

function search(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(name, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export async function fetchToken(clientId: string, clientSecret: string): Promise<string> {
  const query: TokenQuery = { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret };
  const basic = btoa(`${clientId}:${clientSecret}`);
  const response = await fetch(TOKEN_URL + search(query), { method: "POST", headers: { Authorization: `Basic ${basic}` } });
  const token = (await response.json()) as Token;
  return token.access_token;
}

export async function get<P extends GetPath>(
  token: string,
  path: P,
  query: Query<P>,
  ...pathParams: PathParams<P> extends never ? [] : [PathParams<P>]
): Promise<Ok<P>> {
  let url: string = path;
  for (const [name, value] of Object.entries(pathParams[0] ?? {})) {
    url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const response = await fetch(API_URL + url + search(query), { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Ok<P>;
}

/** Sum of the approved sales of a period, page by page. */
export async function approvedRevenue(token: string, start: Date, end: Date): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  let pageToken: string | undefined;
  do {
    const page = await get(token, "/payments/api/v1/sales/history", {
      transaction_status: "APPROVED",
      start_date: start.getTime(),
      end_date: end.getTime(),
      max_results: 50,
      ...(pageToken === undefined ? {} : { page_token: pageToken }),
    });
    for (const sale of page.items) {
      const price = sale.purchase?.price;
      if (price?.value !== undefined && price.currency_code !== undefined) {
        totals.set(price.currency_code, (totals.get(price.currency_code) ?? 0) + price.value);
      }
    }
    pageToken = page.page_info?.next_page_token ?? undefined;
  } while (pageToken !== undefined);
  return totals;
}

/** Plans of one product: a path parameter and a page of another shape. */
export async function planNames(token: string, ucode: string): Promise<string[]> {
  const page = await get(token, "/products/api/v1/products/{ucode}/plans", { max_results: 20 }, { ucode });
  return page.items.map((plan: Schemas["ProductPlan"]) => plan.name ?? "(unnamed)");
}

/** A webhook receiver's view of a purchase event. */
export function buyerOf(event: Schemas["PurchaseEvent"]): string | undefined {
  if (event.event === "PURCHASE_APPROVED" || event.event === "PURCHASE_COMPLETE") {
    return event.data?.buyer?.email;
  }
  return undefined;
}

export const statuses: Schemas["PurchaseStatus"][] = ["APPROVED", "UNDER_ANALISYS", "PARTIALLY_REFUNDED"];

// The types must refuse what the spec does not allow.
// @ts-expect-error: not a status the spec lists
export const unknownStatus: Schemas["PurchaseStatus"] = "APPROVED_LATER";
// @ts-expect-error: max_results is a number
export const textPageSize: Query<"/payments/api/v1/sales/history"> = { max_results: "50" };
// @ts-expect-error: the club endpoints need the Members Area subdomain
export const noSubdomain: Query<"/club/api/v1/modules"> = {};
// @ts-expect-error: Members Area pages are read by product (version 2 of the endpoint)
export const noProduct: Query<"/club/api/v2/modules/{module_id}/pages"> = {};
// Subscription statuses repeat: status=ACTIVE&status=DELAYED.
export const inForce: Query<"/payments/api/v1/subscriptions"> = { status: ["ACTIVE", "DELAYED"] };
// @ts-expect-error: grant_type is always client_credentials
export const otherGrant: TokenQuery = { grant_type: "password", client_id: "a", client_secret: "b" };
// @ts-expect-error: a page's items are an array of sales, not a string
export const wrongItems: Ok<"/payments/api/v1/sales/history">["items"] = "none";
