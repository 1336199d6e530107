-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "basic_account_number" TEXT,
ADD COLUMN     "basic_bank_name" TEXT;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "card_account_number" TEXT,
ADD COLUMN     "card_bank_name" TEXT;

-- An account is its bank and its number together, or nothing.
ALTER TABLE "person" ADD CONSTRAINT "person_card_account_whole"
  CHECK (("card_bank_name" IS NULL) = ("card_account_number" IS NULL));
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_basic_account_whole"
  CHECK (("basic_bank_name" IS NULL) = ("basic_account_number" IS NULL));
