import type { Collection } from 'cytoscape';

/**
 * Gives `className` to exactly the `members` of `scope` and takes it from the rest of `scope`,
 * touching only the elements whose class changes. Cytoscape restyles every element `addClass`
 * or `removeClass` is called on, whether its classes changed or not: called on a whole graph
 * of 20,000 elements to change a handful, it restyles all of them.
 */
export function setClass(scope: Collection, className: string, members: Collection) {
	const gaining = members.filter((ele) => !ele.hasClass(className));
	const losing = scope.filter((ele) => ele.hasClass(className) && !members.has(ele));
	if (gaining.nonempty()) gaining.addClass(className);
	if (losing.nonempty()) losing.removeClass(className);
}
