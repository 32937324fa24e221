import { MedusaService } from "@medusajs/framework/utils"
import CommissionRate from "./models/commission-rate"
import LedgerEntry from "./models/ledger-entry"

class SettlementModuleService extends MedusaService({
  CommissionRate,
  LedgerEntry,
}) {}

export default SettlementModuleService
