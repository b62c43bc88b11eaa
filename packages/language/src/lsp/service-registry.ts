// gea is the server's one language: a document the editor opened as gea (an untitled buffer, a
// file named otherwise) keeps gea's services after it is closed, when the editor no longer says
// its language and Langium's registry would look it up by a file extension it does not have.
// Which files on disk are gea sources is still decided by their extension.
import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

export class GeaServiceRegistry extends DefaultServiceRegistry {
  override getServices(uri: URI): LangiumCoreServices {
    const [only, ...others] = this.all;
    if (only !== undefined && others.length === 0) return only;
    return super.getServices(uri);
  }

  override hasServices(uri: URI): boolean {
    try {
      super.getServices(uri);
      return true;
    } catch {
      return false;
    }
  }
}
