/**
 * The bundled interview's nodes other than claims and answers, written out by hand as a reader
 * of the interview names them, for the tests of exported figures (unit and browser).
 */

/** Every node the interview has but its claims and answers, as a reader names them. */
export const SPEAKERS = ['Gong Haihan', 'Xiang Lipeng', 'Wang Qing', 'Wang Qiao'];
export const ORGANISATIONS = [
	'Zinc Link',
	'Fifth Research Institute of the Ministry of Industry and Information Technology',
	'Hubei Post and Telecommunications Planning and Design Institute',
	'Ministry of Industry and Information Technology of Jiangsu Province',
	'Standing Committee of the Political Bureau of the Central Committee'
];
export const QUESTIONS = [
	'Why new infrastructure now? Which field breaks out first?',
	"Blockchain's role in new infrastructure, and its scenarios",
	'Impact on the blockchain industry, and how to seize it',
	'Blockchain only basic technology? How far to infrastructure?',
	'Is new infrastructure a new battlefield for blockchain?'
];
export const SECTORS = [
	'New infrastructure',
	'5G',
	'Industrial Internet',
	'Big Data Center',
	'Artificial Intelligence',
	'UHV',
	'New Energy Vehicles',
	'Rail Transit',
	'Blockchain',
	'Internet of Things',
	'Industrial manufacturing',
	'Education',
	'Employment (livelihood field)',
	'Elderly care'
];
export const SCENARIOS = [
	'Trusted data flow on the Industrial Internet',
	'Industrial Internet edge device access system',
	'Industrial product anti-counterfeiting traceability',
	'Industrial Internet supply chain management',
	'Reliable industrial control system',
	'Real economy',
	'Digital economy applications',
	"People's livelihood services",
	'E-government and government affairs',
	'Business scenarios',
	'Government governance',
	'Smart manufacturing',
	'Ecological environment',
	'Trust establishment and value transfer services'
];
export const CONCEPTS = [
	'Digital economy',
	'Digital infrastructure',
	'Old vs new infrastructure',
	'Infrastructure of the infrastructure',
	'Basic technology vs infrastructure',
	'Protecting employment (economic goal)',
	'Technology maturity level (TRL)',
	'Roads and cars ("get rich and build roads first")',
	'Business models',
	'Investment and funds',
	'The epidemic'
];

/** "5G will break out first" and what it touches, in the words of the interview. */
export const FIVE_G_NEIGHBOURHOOD = [
	'Given experience, consensus and supply, 5G will break out first',
	'Wang Qing',
	'5G',
	"Hubei Design Institute's provincial 5G plan passed review, detailed to each base station",
	'With 5G being built, all units have fairly mature experience; consensus and supply exist',
	'In time order: 5G, then UHV, then the Industrial Internet',
	"Judged by the industry's importance, the Industrial Internet will emerge first"
];
