import { createRouter } from "../../routing/create-router.ts";
import * as deliveries from "./deliveries.handlers.ts";
import { create, get, list, newSecret, remove, update } from "./webhooks.handlers.ts";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  redeliver,
  replaceSecret,
  updateWebhook,
} from "./webhooks.routes.ts";

/** Webhooks of rotation policies and their delivery log (Admin). */
export const createWebhooksRouter = () =>
  createRouter()
    .openapi(listWebhooks, list)
    .openapi(createWebhook, create)
    .openapi(getWebhook, get)
    .openapi(updateWebhook, update)
    .openapi(deleteWebhook, remove)
    .openapi(replaceSecret, newSecret)
    .openapi(listDeliveries, deliveries.list)
    .openapi(redeliver, deliveries.again);
