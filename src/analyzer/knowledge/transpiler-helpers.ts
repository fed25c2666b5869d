import type { ApiInfo } from './types';

/**
 * Helpers Babel emits at the top of a compiled module for syntax: `const [a, b] = s.split('/')` becomes
 * `_slicedToArray(s.split('/'), 2)`, whose helper loops over an iterator up to the limit. The call costs what the
 * syntax costs, which the analysis does not charge either, so it is not followed into the helper's loops. Callbacks
 * handed to them (`_asyncToGenerator(function* () { ... })`) are still analyzed as the caller's own code.
 */
const SYNTAX: ApiInfo = { effect: 'none', note: 'a compiler helper standing for syntax' };

export const transpilerHelperNames: readonly string[] = [
  // Destructuring and spread.
  '_slicedToArray', '_toArray', '_toConsumableArray', '_arrayWithHoles', '_arrayWithoutHoles', '_iterableToArray',
  '_iterableToArrayLimit', '_iterableToArrayLimitLoose', '_nonIterableRest', '_nonIterableSpread',
  '_unsupportedIterableToArray', '_arrayLikeToArray', '_createForOfIteratorHelper', '_createForOfIteratorHelperLoose',
  // Objects and classes.
  '_objectSpread', '_objectSpread2', 'ownKeys', '_objectWithoutProperties', '_objectWithoutPropertiesLoose',
  '_defineProperty', '_extends', '_classCallCheck', '_createClass', '_defineProperties', '_inherits',
  '_inheritsLoose', '_possibleConstructorReturn', '_getPrototypeOf', '_setPrototypeOf', '_assertThisInitialized',
  '_isNativeReflectConstruct', '_createSuper', '_callSuper', '_wrapNativeSuper', '_typeof', '_toPropertyKey',
  '_toPrimitive', '_classPrivateFieldGet', '_classPrivateFieldSet', '_classPrivateMethodGet',
  // SWC's own, named in snake case as all of its helpers (`_object_spread_props`, `_ts_generator`).
  '_objectSpreadProps', '_classPrivateFieldInit', '_classPrivateMethodInit', '_objectDestructuringEmpty', '_taggedTemplateLiteral',
  '_tsGenerator', '_tsDecorate', '_tsMetadata', '_tsParam', '_tsValues', '_exportStar',
  // Modules and async functions.
  '_interopRequireDefault', '_interopRequireWildcard', '_getRequireWildcardCache', '_asyncToGenerator',
  'asyncGeneratorStep', '_awaitAsyncGenerator', '_wrapAsyncGenerator', '_asyncIterator',
  // esbuild's module and object helpers.
  '__export', '__copyProps', '__reExport', '__toESM', '__toCommonJS', '__defNormalProp', '__publicField',
  '__spreadValues', '__spreadProps', '__objRest',
  // TypeScript's (tslib's) helpers for modules, spread and destructuring.
  '__exportStar', '__createBinding', '__setModuleDefault', '__importStar', '__importDefault', '__assign', '__rest',
  '__spreadArray', '__spreadArrays', '__read', '__values',
];

export const transpilerHelpers: ReadonlyMap<string, ApiInfo> = new Map(transpilerHelperNames.map((name) => [name, SYNTAX]));
