/**
 * MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that no file of the WG's
 * assertion set in tests/fixtures/w3c-web-annotation-tests checks: the core keys of an annotation and of a page,
 * what may stand as a body or target, and the annotation's own provenance and rights keys. Each is written over
 * the set's own definitions (its `$ref`s), as the WG wrote its other assertions, and named `model-<section>-…`.
 */

export interface ModelMust {
  id: string;
  errorMessage: string;
  schema: Record<string, unknown>;
}

const ref = (pointer: string) => ({ $ref: pointer });
const oneOrArrayOf = (pointer: string) => ({ oneOf: [ref(pointer), { type: 'array', items: ref(pointer) }] });

/** Only for an annotation that is a document of its own: one inside a collection takes the collection's context. */
export const LONE_ANNOTATION_MODEL_MUSTS: ModelMust[] = [
  {
    id: 'model-3.1-annotationContext',
    errorMessage: 'An Annotation MUST have @context, and http://www.w3.org/ns/anno.jsonld MUST be one of its values (model 3.1).',
    schema: {
      type: 'object',
      required: ['@context'],
      properties: {
        '@context': {
          oneOf: [ref('annotations.json#/definitions/contextValueFound'), ref('annotations.json#/definitions/contextValueInArrayFound')],
        },
      },
    },
  },
];

const validIfPresent = (section: string, key: string, what: string): ModelMust => ({
  id: `model-${section}-annotation${key[0]!.toUpperCase()}${key.slice(1)}Validated`,
  errorMessage: `An Annotation's ${key}, when present, MUST be ${what} (model ${section}).`,
  schema: ref(`otherProperties.json#/definitions/${key}ValidIfPresent`),
});

export const ANNOTATION_MODEL_MUSTS: ModelMust[] = [
  {
    id: 'model-3.1-annotationId',
    errorMessage: 'An Annotation MUST have exactly one IRI that identifies it (model 3.1).',
    schema: ref('id.json#/definitions/idValueFound'),
  },
  {
    id: 'model-3.1-annotationType',
    errorMessage: 'An Annotation MUST have one or more types, and Annotation MUST be one of them (model 3.1).',
    schema: ref('annotations.json#/definitions/annotationTypeValueFound'),
  },
  {
    id: 'model-3.1-annotationTarget',
    errorMessage: 'An Annotation MUST have 1 or more targets (model 3.1).',
    schema: { type: 'object', required: ['target'] },
  },
  {
    id: 'model-3.2-targetObjectsRecognized',
    errorMessage:
      'Each target MUST be an IRI, an External Web Resource (with an id), a Choice or Set, or a Specific Resource (a source with a selector, state, purpose, styleClass, renderedVia or scope) (model 3.2, 4).',
    schema: { type: 'object', properties: { target: oneOrArrayOf('bodyTarget.json#/definitions/targetResourcesFound') } },
  },
  {
    id: 'model-3.2-bodyObjectsRecognized',
    errorMessage:
      'Each body MUST be an IRI, an External Web Resource, a Textual Body, a Choice or Set, or a Specific Resource (model 3.2, 4).',
    schema: { type: 'object', properties: { body: oneOrArrayOf('bodyTarget.json#/definitions/bodyResourcesFound') } },
  },
  {
    id: 'model-3.2.5-notBodyAndBodyValue',
    errorMessage: 'An Annotation MUST NOT have both body and bodyValue (model 3.2.5).',
    schema: { not: { required: ['body', 'bodyValue'] } },
  },
  {
    id: 'model-3.2.5-bodyValueValidated',
    errorMessage: "An Annotation's bodyValue, when present, MUST be a single string (model 3.2.5).",
    schema: ref('annotations.json#/definitions/bodyValueValidIfPresent'),
  },
  validIfPresent('3.3.1', 'created', 'a single xsd:dateTime with a timezone'),
  validIfPresent('3.3.1', 'modified', 'a single xsd:dateTime with a timezone'),
  validIfPresent('3.3.1', 'generated', 'a single xsd:dateTime with a timezone'),
  validIfPresent('3.3.1', 'creator', 'one or more IRIs or Agent objects'),
  validIfPresent('3.3.1', 'generator', 'one or more IRIs or Agent objects'),
  validIfPresent('3.3.6', 'rights', 'one or more IRIs'),
  validIfPresent('3.3.7', 'canonical', 'a single IRI'),
  validIfPresent('3.3.7', 'via', 'one or more IRIs'),
];

export const PAGE_MODEL_MUSTS: ModelMust[] = [
  {
    id: 'model-5.2-pageId',
    errorMessage: 'An Annotation Page MUST have an IRI that identifies it (model 5.2).',
    schema: ref('id.json#/definitions/idValueFound'),
  },
  {
    id: 'model-5.2-pageType',
    errorMessage: 'An Annotation Page MUST have the type AnnotationPage (model 5.2).',
    schema: ref('collections.json#/definitions/annotationPageTypeValueFound'),
  },
  {
    id: 'model-5.2-pageItems',
    errorMessage: 'An Annotation Page MUST have items: a list of Annotations or their IRIs (model 5.2).',
    schema: ref('collections.json#/definitions/itemsFound'),
  },
];
