// Names a helpdesk shows when it does not know the person; greeting someone as "Hi Unknown" is worse than no name.
const NOT_A_NAME = /^(?:customer|client|user|guest|visitor|unknown|anonymous|n\/a|none|support|admin|team|sir|madam|mr|mrs|ms|miss|dr)\.?$/i;

/** "Sam O'Neil" → "Sam"; an e-mail address, a number or a stand-in like "Customer" → undefined. */
export function firstNameOf(customerName: string | undefined): string | undefined {
  const words = customerName?.replace(/<[^>]*>|\([^)]*\)/g, ' ').trim().split(/\s+/) ?? [];
  const first = words.find((word) => !/^(?:mr|mrs|ms|miss|dr|prof)\.?$/i.test(word));
  if (!first || !/^\p{L}[\p{L}'’-]*$/u.test(first) || NOT_A_NAME.test(first)) return undefined;
  return first.length === 1 ? undefined : first[0]!.toUpperCase() + first.slice(1);
}
