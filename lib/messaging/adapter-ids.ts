// The adapter ids are part of the rule vocabulary (profiles limit rules to helpdesks).
export { ADAPTER_IDS, type AdapterId } from '../rules/vocabulary';
