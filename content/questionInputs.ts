// Kept free of zod: the questions tool imports these in the browser, and the schema
// library would otherwise ship with them (about 30 KB gzipped).

/** The questions tool's inputs. Ids are stable: they appear in share links. */
export const questionInputs = {
  scan: ['ct', 'mri', 'xray', 'mammogram', 'ultrasound', 'pet', 'dental', 'other'],
  body: ['head', 'chest', 'abdomen', 'spine-limbs', 'whole-body'],
  setting: ['hospital', 'imaging-center', 'screening', 'research', 'emergency', 'dental-clinic', 'remote-reading'],
  region: ['us', 'eu', 'uk', 'elsewhere'],
  worries: ['ai', 'cloud', 'research', 'face', 'access', 'retention', 'breach', 'cost'],
  forWhom: ['self', 'other'],
} as const;
export const questionTopics = ['ai', 'sharing', 'research', 'face', 'access', 'retention', 'security', 'cost', 'rights'] as const;

