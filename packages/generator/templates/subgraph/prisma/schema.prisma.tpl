// __NAME__ subgraph. People and organisations are the directory's: reference them by id, never copy them.

generator client {
  provider            = "prisma-client"
  output              = "../src/generated/prisma"
  moduleFormat        = "esm"
  importFileExtension = "ts"
}

generator pothos {
  provider     = "prisma-pothos-types"
  clientOutput = "./prisma/client.ts"
  output       = "../src/generated/pothos-types.ts"
}

datasource db {
  provider = "postgresql"
}

/// __ENTITY__: the first fact this subgraph owns (rename and extend it).
model __ENTITY__ {
  id         String   @id @default(uuid())
  title      String
  /// Person.id in the directory subgraph
  personId   String   @map("person_id")
  recordedOn DateTime @map("recorded_on") @db.Date
  createdAt  DateTime @default(now()) @map("created_at")

  @@index([personId])
  @@map("__TABLE__")
}
