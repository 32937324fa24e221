import { MedusaService } from "@medusajs/framework/utils"
import Favourite from "./models/favourite"
import FavouriteDigest from "./models/favourite-digest"

class FavouriteModuleService extends MedusaService({
  Favourite,
  FavouriteDigest,
}) {}

export default FavouriteModuleService
