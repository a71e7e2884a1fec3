package statements

// A fictional source article and an aggregator's rewrite of it; every
// change of the copy is one class of finding.
const fixtureSource = `Harbour authority weighs new cargo scanners

The Northport Harbour Authority said on Monday that it would review its scanning contracts after a leak of shipping records.

"We handled 42 containers of medical supplies last week, and none of them was delayed," said Maria Lindqvist, the operations director at Northport Harbour Authority.

According to Tomas Berg, the chief analyst at Baltic Freight Watch, the leaked records could help rivals undercut local shippers. Such records could also be sold to criminal groups in the future.

Lindqvist said the authority might replace its scanners before the winter season.

Berg said that the leak "was not the work of an insider" and that the police had been informed.

"Our staff will be trained again in January," Lindqvist said.`

const fixtureCopy = `Harbour authority weighs new cargo drones

"We handled 45 containers of medical supplies last week, and none of them was delayed," said Maria Lindqvist, the operations director at Northport Harbour Authority.

According to Tomas Berg, the chief analyst at Baltic Freight Watch, the leaked records could help rivals undercut local shippers and could be sold to criminal groups in the future.

The authority will replace its scanners before the winter season.

Berg said that the leak was the work of an insider.

Lindqvist said that the staff will be trained again in January.

"The police found nothing at all," Berg said.

"We will hire twenty new inspectors next spring," said Anna Kowalski, a dock worker.`
