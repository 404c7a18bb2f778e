import type { Rule } from '../types.js';
import { allspecifierRemoved } from './allspecifier-removed.js';
import { defaultChanged } from './default-changed.js';
import { deprecatedEnumValueRemoved } from './deprecated-enum-value-removed.js';
import { deprecatedModuleRemoved } from './deprecated-module-removed.js';
import { deprecatedParameterRemoved } from './deprecated-parameter-removed.js';
import { deprecationLifted } from './deprecation-lifted.js';
import { detailsChanged } from './details-changed.js';
import { dynamicParametersRemoved } from './dynamic-parameters-removed.js';
import { enforcerangeAdded } from './enforcerange-added.js';
import { enumValueAdded } from './enum-value-added.js';
import { enumValueBecameDeprecated } from './enum-value-became-deprecated.js';
import { enumValueBecameInternal } from './enum-value-became-internal.js';
import { enumValueRemoved } from './enum-value-removed.js';
import { generatorFlagAdded } from './generator-flag-added.js';
import { generatorFlagRemoved } from './generator-flag-removed.js';
import { helpTextChanged } from './help-text-changed.js';
import { internalEnumValueRemoved } from './internal-enum-value-removed.js';
import { internalLifted } from './internal-lifted.js';
import { internalModuleRemoved } from './internal-module-removed.js';
import { limitDefaultChanged } from './limit-default-changed.js';
import { maxLengthLowered } from './max-length-lowered.js';
import { maxLowered } from './max-lowered.js';
import { minRaised } from './min-raised.js';
import { moduleAdded } from './module-added.js';
import { moduleBecameDeprecated } from './module-became-deprecated.js';
import { moduleBecameInternal } from './module-became-internal.js';
import { moduleRemoved } from './module-removed.js';
import { multiToSingle } from './multi-to-single.js';
import { multiValueLimitLowered } from './multi-value-limit-lowered.js';
import { mustbepostedAdded } from './mustbeposted-added.js';
import { namespaceAdded } from './namespace-added.js';
import { namespaceRemoved } from './namespace-removed.js';
import { parameterAdded } from './parameter-added.js';
import { parameterBecameDeprecated } from './parameter-became-deprecated.js';
import { parameterBecameOptional } from './parameter-became-optional.js';
import { parameterBecameRequired } from './parameter-became-required.js';
import { parameterRemoved } from './parameter-removed.js';
import { prefixChanged } from './prefix-changed.js';
import { rangeRelaxed } from './range-relaxed.js';
import { readrightsAdded } from './readrights-added.js';
import { requiredParameterAdded } from './required-parameter-added.js';
import { restrictionLifted } from './restriction-lifted.js';
import { sensitiveChanged } from './sensitive-changed.js';
import { singleToMulti } from './single-to-multi.js';
import { submodulePrefixChanged } from './submodule-prefix-changed.js';
import { templateVarsChanged } from './template-vars-changed.js';
import { tokenRequiredAdded } from './token-required-added.js';
import { tokenTypeChanged } from './token-type-changed.js';
import { typeChanged } from './type-changed.js';
import { typeNarrowed } from './type-narrowed.js';
import { typeRenamed } from './type-renamed.js';
import { typeWidened } from './type-widened.js';
import { writerightsAdded } from './writerights-added.js';

/** Every rule, in id order. Add a rule: one file, one import, one entry here (the registry test checks all three). */
export const rules = [
  allspecifierRemoved,
  defaultChanged,
  deprecatedEnumValueRemoved,
  deprecatedModuleRemoved,
  deprecatedParameterRemoved,
  deprecationLifted,
  detailsChanged,
  dynamicParametersRemoved,
  enforcerangeAdded,
  enumValueAdded,
  enumValueBecameDeprecated,
  enumValueBecameInternal,
  enumValueRemoved,
  generatorFlagAdded,
  generatorFlagRemoved,
  helpTextChanged,
  internalEnumValueRemoved,
  internalLifted,
  internalModuleRemoved,
  limitDefaultChanged,
  maxLengthLowered,
  maxLowered,
  minRaised,
  moduleAdded,
  moduleBecameDeprecated,
  moduleBecameInternal,
  moduleRemoved,
  multiToSingle,
  multiValueLimitLowered,
  mustbepostedAdded,
  namespaceAdded,
  namespaceRemoved,
  parameterAdded,
  parameterBecameDeprecated,
  parameterBecameOptional,
  parameterBecameRequired,
  parameterRemoved,
  prefixChanged,
  rangeRelaxed,
  readrightsAdded,
  requiredParameterAdded,
  restrictionLifted,
  sensitiveChanged,
  singleToMulti,
  submodulePrefixChanged,
  templateVarsChanged,
  tokenRequiredAdded,
  tokenTypeChanged,
  typeChanged,
  typeNarrowed,
  typeRenamed,
  typeWidened,
  writerightsAdded,
] satisfies readonly Rule[];
