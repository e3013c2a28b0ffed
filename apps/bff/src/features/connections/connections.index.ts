import { createRouter } from "../../routing/create-router.ts";
import { create, list, remove, test, update } from "./connections.handlers.ts";
import {
  createConnection,
  deleteConnection,
  listConnections,
  testConnection,
  updateConnection,
} from "./connections.routes.ts";

export const createConnectionsRouter = () =>
  createRouter()
    .openapi(listConnections, list)
    .openapi(createConnection, create)
    .openapi(updateConnection, update)
    .openapi(deleteConnection, remove)
    .openapi(testConnection, test);
