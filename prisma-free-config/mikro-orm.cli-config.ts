import { loadConfigFromProcess } from '../src/config/app-config';
import { mikroOrmOptions } from './mikro-orm.config';

/** For the MikroORM CLI (`npx mikro-orm ...`): the same options the app uses. */
export default mikroOrmOptions(loadConfigFromProcess());
