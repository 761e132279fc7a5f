"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ContactsTab } from "./contacts-tab";
import { SegmentsTab } from "./segments-tab";

export function ContactsPage() {
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Contacts</h1>
        <p className="text-sm text-muted-foreground">The people at your clients, and the segments you reach them by.</p>
      </div>
      <Tabs defaultValue="contacts" className="gap-4">
        <TabsList>
          <TabsTrigger value="contacts">Contacts</TabsTrigger>
          <TabsTrigger value="segments">Segments</TabsTrigger>
        </TabsList>
        <TabsContent value="contacts">
          <ContactsTab />
        </TabsContent>
        <TabsContent value="segments">
          <SegmentsTab />
        </TabsContent>
      </Tabs>
    </div>
  );
}
