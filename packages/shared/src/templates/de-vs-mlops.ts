import type { TTemplate } from '../contracts/workshop.js';

/**
 * The built-in template. Concern descriptions are read on a phone mid-workshop, so each is
 * one plain sentence a participant from any of the four roles can follow without jargon.
 */
export const DE_VS_MLOPS: TTemplate = {
  id: 'de-vs-mlops',
  title: 'Data Engineering vs MLOps',
  description:
    'Map who owns the work along the thin line between Data Engineering and MLOps. Four roles that all touch data and models ' +
    'answer twenty concerns, from ingestion pipelines to model monitoring and audit records, and the heatmap shows where ' +
    'nobody owns a concern and where several roles think they do. Use it as it is, or rename the roles and add or drop ' +
    'concerns to fit your team.',
  roles: [{ name: 'Data Engineering' }, { name: 'MLOps / ML Engineering' }, { name: 'Data Science' }, { name: 'Platform / Operations' }],
  concerns: [
    {
      category: 'Pipelines',
      title: 'Ingestion and ETL pipelines',
      description: 'Building and running the jobs that pull data from source systems and turn it into usable tables.',
    },
    {
      category: 'Pipelines',
      title: 'Streaming data',
      description: 'Running real-time event streams, such as Kafka topics, and the jobs that process data as it arrives.',
    },
    {
      category: 'Pipelines',
      title: 'Model training pipelines',
      description: 'Automating the steps that turn prepared data into a trained model, so training can be rerun at any time.',
    },
    {
      category: 'Data quality & storage',
      title: 'Data cleaning and validation',
      description: 'Catching missing, wrong or unexpected values and fixing or blocking them before anyone uses the data.',
    },
    {
      category: 'Data quality & storage',
      title: 'Data storage and warehousing',
      description: 'Choosing, running and organising the data lakes, warehouses and tables where data is kept.',
    },
    {
      category: 'Data quality & storage',
      title: 'Data versioning',
      description: 'Keeping snapshots of datasets so anyone can tell exactly which data a report or a model was built from.',
    },
    {
      category: 'Features & experiments',
      title: 'Feature engineering',
      description: 'Turning raw data into model inputs (features) and keeping them the same in training and in production.',
    },
    {
      category: 'Features & experiments',
      title: 'Experiment tracking',
      description: "Recording each training run's code, data, settings and results so runs can be compared and repeated.",
    },
    {
      category: 'Features & experiments',
      title: 'Data access for analysts and scientists',
      description: 'Giving analysts and data scientists the notebooks, query tools and permissions they need to explore data.',
    },
    {
      category: 'Models & deployment',
      title: 'Model registry and artifact storage',
      description: 'Storing trained models with their weights, hyperparameters and metadata, and knowing which version is approved.',
    },
    {
      category: 'Models & deployment',
      title: 'Containerisation',
      description: 'Packaging models and everything they depend on into containers, such as Docker images, that run the same anywhere.',
    },
    {
      category: 'Models & deployment',
      title: 'CI/CD for models',
      description: 'Automatically testing, building and releasing model code and models whenever something changes.',
    },
    {
      category: 'Models & deployment',
      title: 'Model deployment',
      description: 'Putting a new model version into production, including gradual rollouts and rolling back when it goes wrong.',
    },
    {
      category: 'Models & deployment',
      title: 'Serving infrastructure',
      description: 'Running the APIs, batch jobs and machines that answer prediction requests quickly and reliably.',
    },
    {
      category: 'Monitoring & operations',
      title: 'Pipeline reliability monitoring',
      description: 'Getting alerted when data pipelines fail, run late or deliver incomplete data, and getting them fixed.',
    },
    {
      category: 'Monitoring & operations',
      title: 'Model performance monitoring',
      description: 'Watching live model accuracy and data drift, and raising the alarm when predictions get worse.',
    },
    {
      category: 'Monitoring & operations',
      title: 'Retraining',
      description: 'Deciding when a model needs retraining and making sure the new model safely replaces the old one.',
    },
    {
      category: 'Monitoring & operations',
      title: 'Platform scalability',
      description: 'Making sure storage, compute and tools keep up as data volumes, users and models grow.',
    },
    {
      category: 'Governance',
      title: 'Data lineage',
      description: 'Knowing where each dataset comes from, how it was changed and which reports and models use it.',
    },
    {
      category: 'Governance',
      title: 'Compliance and audit records',
      description: 'Keeping the records regulators and auditors ask for, such as who used which data and how a model was approved.',
    },
  ],
};
