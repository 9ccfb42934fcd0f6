import type { TLocale } from '../i18n/locales.js';

/**
 * The built-in template in every other language: a translation per locale, in the English
 * template's order (roles, categories by their English name, concerns), so a change to the
 * template shows as a missing entry here (templates.spec.ts). Each description stays one plain
 * sentence a phone shows mid-workshop.
 */
export interface TemplateTranslation {
  title: string;
  description: string;
  roles: [string, string, string, string];
  categories: Record<string, string>;
  /** [title, description] per concern, in the English template's order */
  concerns: [string, string][];
}

export const DE_VS_MLOPS_TRANSLATIONS: Record<Exclude<TLocale, 'en'>, TemplateTranslation> = {
  de: {
    title: 'Data Engineering vs. MLOps',
    description:
      'Klären Sie, wer entlang der schmalen Grenze zwischen Data Engineering und MLOps wofür zuständig ist. Vier Rollen, die alle mit Daten und Modellen arbeiten, ' +
      'beantworten zwanzig Aufgaben, von Ingestion-Pipelines bis zu Modell-Monitoring und Audit-Nachweisen, und die Heatmap zeigt, wo niemand zuständig ist ' +
      'und wo sich mehrere Rollen zuständig fühlen. Nutzen Sie die Vorlage so, wie sie ist, oder benennen Sie Rollen um und ergänzen oder streichen Sie Aufgaben ' +
      'passend zu Ihrem Team.',
    roles: ['Data Engineering', 'MLOps / ML Engineering', 'Data Science', 'Plattform / Betrieb'],
    categories: {
      Pipelines: 'Pipelines',
      'Data quality & storage': 'Datenqualität & Speicherung',
      'Features & experiments': 'Features & Experimente',
      'Models & deployment': 'Modelle & Deployment',
      'Monitoring & operations': 'Monitoring & Betrieb',
      Governance: 'Governance',
    },
    concerns: [
      ['Ingestion- und ETL-Pipelines', 'Jobs bauen und betreiben, die Daten aus Quellsystemen holen und in nutzbare Tabellen verwandeln.'],
      ['Streaming-Daten', 'Echtzeit-Eventstreams wie Kafka-Topics betreiben, samt der Jobs, die Daten beim Eintreffen verarbeiten.'],
      ['Pipelines für das Modelltraining', 'Die Schritte von aufbereiteten Daten zum trainierten Modell automatisieren, damit sich das Training jederzeit wiederholen lässt.'],
      ['Datenbereinigung und -validierung', 'Fehlende, falsche oder unerwartete Werte erkennen und korrigieren oder sperren, bevor jemand die Daten nutzt.'],
      ['Datenspeicherung und Data Warehouse', 'Data Lakes, Warehouses und Tabellen auswählen, betreiben und so ordnen, dass Daten gut abgelegt sind.'],
      ['Datenversionierung', 'Snapshots von Datensätzen aufbewahren, damit klar ist, aus welchen Daten ein Bericht oder Modell entstand.'],
      ['Feature Engineering', 'Rohdaten in Modell-Inputs (Features) umwandeln und sie in Training und Produktion gleich halten.'],
      ['Experiment-Tracking', 'Code, Daten, Einstellungen und Ergebnisse jedes Trainingslaufs festhalten, damit Läufe vergleichbar und wiederholbar sind.'],
      ['Datenzugang für Analyse und Data Science', 'Analyst:innen und Data Scientists die Notebooks, Abfragetools und Berechtigungen geben, die sie zum Erkunden brauchen.'],
      ['Model Registry und Artefaktspeicher', 'Trainierte Modelle mit Gewichten, Hyperparametern und Metadaten ablegen und wissen, welche Version freigegeben ist.'],
      ['Containerisierung', 'Modelle mit allen Abhängigkeiten in Container wie Docker-Images packen, die überall gleich laufen.'],
      ['CI/CD für Modelle', 'Modellcode und Modelle bei jeder Änderung automatisch testen, bauen und ausliefern.'],
      ['Modell-Deployment', 'Eine neue Modellversion in Produktion bringen, mit schrittweisem Rollout und Rollback, wenn etwas schiefgeht.'],
      ['Serving-Infrastruktur', 'APIs, Batch-Jobs und Maschinen betreiben, die Vorhersageanfragen schnell und zuverlässig beantworten.'],
      ['Monitoring der Pipeline-Zuverlässigkeit', 'Alarm bekommen, wenn Pipelines scheitern, verspätet laufen oder unvollständige Daten liefern, und die Behebung sicherstellen.'],
      ['Monitoring der Modellqualität', 'Die Genauigkeit im Betrieb und Data Drift beobachten und Alarm schlagen, wenn Vorhersagen schlechter werden.'],
      ['Nachtraining', 'Entscheiden, wann ein Modell neu trainiert werden muss, und sicherstellen, dass das neue das alte sicher ablöst.'],
      ['Skalierbarkeit der Plattform', 'Sicherstellen, dass Speicher, Rechenleistung und Tools mit wachsenden Datenmengen, Nutzenden und Modellen mithalten.'],
      ['Data Lineage', 'Wissen, woher jeder Datensatz stammt, wie er verändert wurde und welche Berichte und Modelle ihn nutzen.'],
      ['Compliance und Audit-Nachweise', 'Die Nachweise führen, die Aufsicht und Prüfer verlangen, etwa wer welche Daten nutzte und wie ein Modell freigegeben wurde.'],
    ],
  },
  fr: {
    title: 'Data Engineering ou MLOps',
    description:
      'Clarifiez qui est responsable de quoi sur la fine frontière entre Data Engineering et MLOps. Quatre rôles qui travaillent tous avec des données et des modèles ' +
      'répondent sur vingt sujets, des pipelines d’ingestion au suivi des modèles et aux traces d’audit, et la carte montre où personne n’est responsable ' +
      'et où plusieurs rôles pensent l’être. Utilisez le modèle tel quel, ou renommez les rôles et ajoutez ou retirez des sujets selon votre équipe.',
    roles: ['Ingénierie des données', 'MLOps / ML Engineering', 'Data Science', 'Plateforme / Exploitation'],
    categories: {
      Pipelines: 'Pipelines',
      'Data quality & storage': 'Qualité et stockage des données',
      'Features & experiments': 'Features et expériences',
      'Models & deployment': 'Modèles et déploiement',
      'Monitoring & operations': 'Supervision et exploitation',
      Governance: 'Gouvernance',
    },
    concerns: [
      ['Pipelines d’ingestion et ETL', 'Construire et exploiter les jobs qui récupèrent les données des systèmes sources et en font des tables exploitables.'],
      ['Données en streaming', 'Exploiter les flux d’événements temps réel, comme des topics Kafka, et les jobs qui traitent les données à leur arrivée.'],
      ['Pipelines d’entraînement des modèles', 'Automatiser les étapes qui mènent des données préparées à un modèle entraîné, pour relancer l’entraînement à tout moment.'],
      ['Nettoyage et validation des données', 'Repérer les valeurs manquantes, fausses ou inattendues, et les corriger ou les bloquer avant que quiconque les utilise.'],
      ['Stockage et entrepôt de données', 'Choisir, exploiter et organiser les data lakes, entrepôts et tables où les données sont conservées.'],
      ['Versionnage des données', 'Garder des instantanés des jeux de données pour savoir précisément sur quelles données repose un rapport ou un modèle.'],
      ['Feature engineering', 'Transformer les données brutes en entrées de modèle (features) et les garder identiques en entraînement et en production.'],
      ['Suivi des expériences', 'Consigner le code, les données, les paramètres et les résultats de chaque entraînement pour comparer et reproduire les essais.'],
      ['Accès aux données pour analystes et data scientists', 'Donner aux analystes et data scientists les notebooks, outils de requête et droits nécessaires pour explorer les données.'],
      ['Registre de modèles et stockage des artefacts', 'Stocker les modèles entraînés avec poids, hyperparamètres et métadonnées, et savoir quelle version est validée.'],
      ['Conteneurisation', 'Emballer les modèles et leurs dépendances dans des conteneurs, comme des images Docker, qui tournent partout pareil.'],
      ['CI/CD pour les modèles', 'Tester, construire et livrer automatiquement le code des modèles et les modèles à chaque changement.'],
      ['Déploiement des modèles', 'Mettre une nouvelle version de modèle en production, avec déploiement progressif et retour arrière en cas de problème.'],
      ['Infrastructure de service', 'Exploiter les API, jobs batch et machines qui répondent vite et de façon fiable aux demandes de prédiction.'],
      ['Supervision de la fiabilité des pipelines', 'Être alerté quand un pipeline échoue, tourne en retard ou livre des données incomplètes, et le faire réparer.'],
      ['Suivi de la performance des modèles', 'Surveiller la précision en production et la dérive des données, et donner l’alerte quand les prédictions se dégradent.'],
      ['Réentraînement', 'Décider quand un modèle doit être réentraîné et s’assurer que le nouveau remplace l’ancien sans risque.'],
      ['Passage à l’échelle de la plateforme', 'Veiller à ce que stockage, calcul et outils suivent la croissance des données, des utilisateurs et des modèles.'],
      ['Lignage des données', 'Savoir d’où vient chaque jeu de données, comment il a été modifié et quels rapports et modèles l’utilisent.'],
      ['Conformité et traces d’audit', 'Tenir les registres que demandent régulateurs et auditeurs, par exemple qui a utilisé quelles données et comment un modèle a été validé.'],
    ],
  },
  es: {
    title: 'Data Engineering frente a MLOps',
    description:
      'Aclara quién es responsable de qué en la delgada línea entre Data Engineering y MLOps. Cuatro roles que trabajan con datos y modelos responden ' +
      'sobre veinte temas, desde los pipelines de ingesta hasta el monitoreo de modelos y los registros de auditoría, y el mapa de calor muestra dónde nadie es ' +
      'responsable y dónde varios roles creen serlo. Úsala tal cual o cambia el nombre de los roles y añade o quita temas para adaptarla a tu equipo.',
    roles: ['Ingeniería de datos', 'MLOps / Ingeniería de ML', 'Ciencia de datos', 'Plataforma / Operaciones'],
    categories: {
      Pipelines: 'Pipelines',
      'Data quality & storage': 'Calidad y almacenamiento de datos',
      'Features & experiments': 'Features y experimentos',
      'Models & deployment': 'Modelos y despliegue',
      'Monitoring & operations': 'Monitoreo y operaciones',
      Governance: 'Gobernanza',
    },
    concerns: [
      ['Pipelines de ingesta y ETL', 'Construir y operar los procesos que traen datos de los sistemas de origen y los convierten en tablas útiles.'],
      ['Datos en streaming', 'Operar flujos de eventos en tiempo real, como topics de Kafka, y los procesos que tratan los datos al llegar.'],
      ['Pipelines de entrenamiento de modelos', 'Automatizar los pasos que llevan de los datos preparados a un modelo entrenado, para repetir el entrenamiento cuando haga falta.'],
      ['Limpieza y validación de datos', 'Detectar valores faltantes, erróneos o inesperados y corregirlos o bloquearlos antes de que alguien use los datos.'],
      ['Almacenamiento y data warehouse', 'Elegir, operar y organizar los data lakes, almacenes y tablas donde se guardan los datos.'],
      ['Versionado de datos', 'Guardar instantáneas de los conjuntos de datos para saber exactamente con qué datos se hizo un informe o un modelo.'],
      ['Ingeniería de features', 'Convertir datos en bruto en entradas del modelo (features) y mantenerlas iguales en entrenamiento y en producción.'],
      ['Seguimiento de experimentos', 'Registrar el código, los datos, la configuración y los resultados de cada entrenamiento para comparar y repetir ejecuciones.'],
      ['Acceso a datos para analistas y científicos', 'Dar a analistas y científicos de datos los notebooks, herramientas de consulta y permisos que necesitan para explorar.'],
      ['Registro de modelos y almacenamiento de artefactos', 'Guardar los modelos entrenados con sus pesos, hiperparámetros y metadatos, y saber qué versión está aprobada.'],
      ['Contenerización', 'Empaquetar los modelos y todas sus dependencias en contenedores, como imágenes Docker, que funcionan igual en todas partes.'],
      ['CI/CD para modelos', 'Probar, construir y publicar automáticamente el código de los modelos y los modelos cada vez que algo cambia.'],
      ['Despliegue de modelos', 'Llevar una nueva versión del modelo a producción, con despliegue gradual y marcha atrás si algo sale mal.'],
      ['Infraestructura de serving', 'Operar las API, procesos batch y máquinas que responden a las peticiones de predicción de forma rápida y fiable.'],
      ['Monitoreo de la fiabilidad de los pipelines', 'Recibir alertas cuando un pipeline falla, se retrasa o entrega datos incompletos, y lograr que se arregle.'],
      ['Monitoreo del rendimiento de los modelos', 'Vigilar la precisión en producción y la deriva de datos, y dar la alarma cuando las predicciones empeoran.'],
      ['Reentrenamiento', 'Decidir cuándo un modelo necesita reentrenarse y asegurar que el nuevo sustituye al anterior sin riesgos.'],
      ['Escalabilidad de la plataforma', 'Asegurar que el almacenamiento, el cómputo y las herramientas acompañen el crecimiento de datos, usuarios y modelos.'],
      ['Linaje de datos', 'Saber de dónde viene cada conjunto de datos, cómo se modificó y qué informes y modelos lo usan.'],
      ['Cumplimiento y registros de auditoría', 'Mantener los registros que piden reguladores y auditores, como quién usó qué datos y cómo se aprobó un modelo.'],
    ],
  },
  'pt-BR': {
    title: 'Data Engineering x MLOps',
    description:
      'Descubra quem é responsável pelo quê na linha tênue entre Data Engineering e MLOps. Quatro papéis que lidam com dados e modelos respondem sobre ' +
      'vinte temas, dos pipelines de ingestão ao monitoramento de modelos e aos registros de auditoria, e o mapa de calor mostra onde ninguém é responsável ' +
      'e onde vários papéis acham que são. Use o modelo como está, ou renomeie os papéis e inclua ou retire temas para combinar com o seu time.',
    roles: ['Engenharia de Dados', 'MLOps / Engenharia de ML', 'Ciência de Dados', 'Plataforma / Operações'],
    categories: {
      Pipelines: 'Pipelines',
      'Data quality & storage': 'Qualidade e armazenamento de dados',
      'Features & experiments': 'Features e experimentos',
      'Models & deployment': 'Modelos e deploy',
      'Monitoring & operations': 'Monitoramento e operações',
      Governance: 'Governança',
    },
    concerns: [
      ['Pipelines de ingestão e ETL', 'Construir e operar os jobs que trazem dados dos sistemas de origem e os transformam em tabelas utilizáveis.'],
      ['Dados em streaming', 'Operar fluxos de eventos em tempo real, como tópicos do Kafka, e os jobs que processam os dados assim que chegam.'],
      ['Pipelines de treinamento de modelos', 'Automatizar as etapas que levam dos dados preparados a um modelo treinado, para treinar de novo a qualquer momento.'],
      ['Limpeza e validação de dados', 'Identificar valores ausentes, errados ou inesperados e corrigi-los ou bloqueá-los antes que alguém use os dados.'],
      ['Armazenamento e data warehouse', 'Escolher, operar e organizar os data lakes, warehouses e tabelas onde os dados ficam guardados.'],
      ['Versionamento de dados', 'Guardar snapshots dos conjuntos de dados para saber exatamente de quais dados saiu um relatório ou um modelo.'],
      ['Engenharia de features', 'Transformar dados brutos em entradas do modelo (features) e mantê-las iguais no treinamento e em produção.'],
      ['Rastreamento de experimentos', 'Registrar código, dados, configurações e resultados de cada treinamento para comparar e repetir execuções.'],
      ['Acesso a dados para analistas e cientistas', 'Dar a analistas e cientistas de dados os notebooks, ferramentas de consulta e permissões de que precisam para explorar.'],
      ['Registro de modelos e armazenamento de artefatos', 'Guardar os modelos treinados com pesos, hiperparâmetros e metadados, e saber qual versão está aprovada.'],
      ['Conteinerização', 'Empacotar os modelos e tudo de que dependem em contêineres, como imagens Docker, que rodam igual em qualquer lugar.'],
      ['CI/CD para modelos', 'Testar, construir e publicar automaticamente o código dos modelos e os modelos sempre que algo mudar.'],
      ['Deploy de modelos', 'Colocar uma nova versão do modelo em produção, com liberação gradual e rollback quando algo dá errado.'],
      ['Infraestrutura de serving', 'Operar as APIs, jobs em lote e máquinas que respondem aos pedidos de predição de forma rápida e confiável.'],
      ['Monitoramento da confiabilidade dos pipelines', 'Ser alertado quando um pipeline falha, atrasa ou entrega dados incompletos, e garantir a correção.'],
      ['Monitoramento do desempenho dos modelos', 'Acompanhar a acurácia em produção e o drift dos dados, e soar o alarme quando as predições pioram.'],
      ['Retreinamento', 'Decidir quando um modelo precisa ser retreinado e garantir que o novo substitua o antigo com segurança.'],
      ['Escalabilidade da plataforma', 'Garantir que armazenamento, processamento e ferramentas acompanhem o crescimento de dados, usuários e modelos.'],
      ['Linhagem de dados', 'Saber de onde vem cada conjunto de dados, como foi alterado e quais relatórios e modelos o usam.'],
      ['Conformidade e registros de auditoria', 'Manter os registros que reguladores e auditores pedem, como quem usou quais dados e como um modelo foi aprovado.'],
    ],
  },
  ja: {
    title: 'データエンジニアリング vs MLOps',
    description:
      'データエンジニアリングと MLOps の境界で、誰が何を担当するのかをはっきりさせます。データとモデルに関わる 4 つのロールが、取り込みパイプラインから' +
      'モデル監視、監査記録まで 20 の項目に回答し、誰も担当していない項目と、複数のロールが担当だと考えている項目をヒートマップで示します。' +
      'そのまま使うことも、ロール名を変えたり項目を追加・削除したりしてチームに合わせることもできます。',
    roles: ['データエンジニアリング', 'MLOps / ML エンジニアリング', 'データサイエンス', 'プラットフォーム / 運用'],
    categories: {
      Pipelines: 'パイプライン',
      'Data quality & storage': 'データ品質と保存',
      'Features & experiments': '特徴量と実験',
      'Models & deployment': 'モデルとデプロイ',
      'Monitoring & operations': '監視と運用',
      Governance: 'ガバナンス',
    },
    concerns: [
      ['データ取り込みと ETL パイプライン', 'ソースシステムからデータを取り込み、使えるテーブルに変換するジョブを構築・運用する。'],
      ['ストリーミングデータ', 'Kafka トピックなどのリアルタイムのイベントストリームと、届いたデータを処理するジョブを運用する。'],
      ['モデル学習パイプライン', '準備済みデータから学習済みモデルまでの手順を自動化し、いつでも学習をやり直せるようにする。'],
      ['データクレンジングと検証', '欠損・誤り・想定外の値を見つけ、誰かが使う前に修正するか止める。'],
      ['データ保存とデータウェアハウス', 'データを保存するデータレイク、ウェアハウス、テーブルを選び、運用し、整理する。'],
      ['データのバージョン管理', 'データセットのスナップショットを残し、レポートやモデルがどのデータから作られたかを正確にわかるようにする。'],
      ['特徴量エンジニアリング', '生データをモデルの入力（特徴量）に変換し、学習時と本番で同じになるよう保つ。'],
      ['実験管理', '各学習のコード、データ、設定、結果を記録し、実行を比較・再現できるようにする。'],
      ['アナリストとサイエンティストのデータアクセス', 'アナリストやデータサイエンティストに、データ探索に必要なノートブック、クエリツール、権限を用意する。'],
      ['モデルレジストリと成果物の保存', '学習済みモデルを重み、ハイパーパラメータ、メタデータとともに保存し、承認済みのバージョンを把握する。'],
      ['コンテナ化', 'モデルと依存関係を Docker イメージなどのコンテナにまとめ、どこでも同じように動くようにする。'],
      ['モデルの CI/CD', '変更のたびにモデルのコードとモデルを自動でテスト、ビルド、リリースする。'],
      ['モデルのデプロイ', '新しいモデルのバージョンを本番に出す。段階的なロールアウトや、問題時のロールバックも含む。'],
      ['推論基盤', '推論リクエストに速く確実に応える API、バッチジョブ、マシンを運用する。'],
      ['パイプラインの信頼性監視', 'パイプラインの失敗、遅延、不完全なデータをアラートで検知し、修正されるようにする。'],
      ['モデルの性能監視', '本番での精度とデータドリフトを監視し、予測が悪化したら警告を出す。'],
      ['再学習', 'モデルをいつ再学習するかを決め、新しいモデルが古いモデルに安全に置き換わるようにする。'],
      ['プラットフォームのスケーラビリティ', 'データ量、ユーザー、モデルが増えても、ストレージ、計算資源、ツールが追いつくようにする。'],
      ['データリネージ', '各データセットの出どころ、加工の履歴、それを使うレポートやモデルを把握する。'],
      ['コンプライアンスと監査記録', '誰がどのデータを使ったか、モデルがどう承認されたかなど、規制当局や監査人が求める記録を残す。'],
    ],
  },
};
