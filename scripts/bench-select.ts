// Time per call of selectQuestions for the largest input: every answer given, every worry
// ticked, the whole bank; and a bank 30 times larger, to show how it scales. Prints JSON.
import { loadContent } from '../content/index.ts';
import { questionInputs, type Question } from '../content/schema.ts';
import { selectQuestions, type Answers } from '../components/questions/select.ts';

const bank = loadContent().questions.en as Question[];
const answers: Answers = { scan: 'mri', body: 'head', setting: 'research', region: 'uk', worries: [...questionInputs.worries], forWhom: 'other' };

function perCall(b: Question[], calls: number): number {
  for (let i = 0; i < 200; i++) selectQuestions(answers, b); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) selectQuestions(answers, b);
  return Number(process.hrtime.bigint() - start) / calls / 1e6;
}

const big = Array.from({ length: 30 }, (_, n) => bank.map((q) => ({ ...q, id: `${q.id}-${n}` }))).flat();
const runs = (b: Question[], calls: number) => [0, 1, 2, 3, 4].map(() => perCall(b, calls)).sort((x, y) => x - y)[2];
console.log(JSON.stringify({ bankSize: bank.length, msPerCall: runs(bank, 20_000), bigBankSize: big.length, bigMsPerCall: runs(big, 1_000) }));
