// Contract support for tests (`@keyturn/azureml-rest/contract`): the published model-management
// swagger, a validator of answers against it, and recorded answers of Azure. Not for production code.

export {
  exampleRef,
  loadExample,
  loadOnlineEndpointsSpec,
  onlineEndpointsValidator,
  type PublishedExample,
} from "./online-endpoints-spec.ts";
export { loadRecordedAnswers, type RecordedAnswer } from "./recorded-answers.ts";
export {
  createSwaggerValidator,
  loadModelManagementSwagger,
  type SwaggerDocument,
  type SwaggerValidator,
  type SwaggerValidatorOptions,
  type ValidationResult,
} from "./swagger-validator.ts";
