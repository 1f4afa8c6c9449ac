import type { ValidateFunction } from '../schema/validator-types.ts';
export declare const validateList: ValidateFunction;
export declare const validateSingle: ValidateFunction;
