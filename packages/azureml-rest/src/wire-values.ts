import { z } from "zod";

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A time in an Azure answer: ISO 8601 with an offset (`…Z`, `…+00:00`, seven fraction digits as .NET
 * writes them), or without one, which Azure means as UTC: that one gets its `Z`.
 */
export const AzureTimeSchema = z.iso
  .datetime({ offset: true, local: true })
  .transform((value) => (HAS_ZONE.test(value) ? value : `${value}Z`));
